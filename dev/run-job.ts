import { createCompositionRoot } from '../functions/src/composition-root';
import { findJob, jobTable } from '../functions/src/jobs/job-table';
import { azuriteConnectionString } from '../functions/src/storage/tables';
import { createDevClock, DevClockError } from './dev-clock';
import { DEFAULT_DEMO_APP } from './demo-tenant/apps';
import { demoApiConfig } from './stack';

/**
 * `npm run job -- <name>`: one pass of a timer job against the running local stack (`npm start`;
 * TABLES_PORT and DEMO_TENANT_PORT as for start), through the same composition root as the dev
 * host: the tables, and app-only tokens from the demo tenant, so notifications really reach its
 * outbox. DEV_NOW pins the pass's clock (give the same instant `npm start` runs at, or later).
 */
const name = process.argv[2];
const job = name === undefined ? undefined : findJob(name);
if (job === undefined) {
  console.error(`Usage: npm run job -- <name>   (jobs: ${jobTable.map((j) => j.name).join(', ')})`);
  process.exit(2);
}

let now: () => Date;
try {
  now = createDevClock(process.env.DEV_NOW);
} catch (error) {
  if (!(error instanceof DevClockError)) throw error;
  console.error(error.message);
  process.exit(2);
}

const demoUrl = `http://127.0.0.1:${Number(process.env.DEMO_TENANT_PORT ?? 7072)}`;
const tenant = await runningDemoTenant(demoUrl).catch((error: unknown) => {
  console.error(`No demo tenant at ${demoUrl} (${String(error)}): start the stack first (npm start).`);
  process.exit(1);
});
const tables =
  process.env.STORAGE_CONNECTION_STRING ?? azuriteConnectionString(Number(process.env.TABLES_PORT ?? 10002));
const root = createCompositionRoot(demoApiConfig(tenant, tables), { clock: { now } });
await root.ready();

const summary = await job.handler(root.jobs);
console.log(`${job.name}: ${JSON.stringify(summary, null, 2)}`);
console.log(`storage requests: ${root.tables.requestCount()}`);

/** What the demo config needs, learnt from the running demo tenant: a token's claims name it. */
async function runningDemoTenant(url: string): Promise<Parameters<typeof demoApiConfig>[0]> {
  const users = (await (await fetch(`${url}/demo/users`)).json()) as Array<{ id: string }>;
  const issued = await fetch(`${url}/demo/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: users[0]?.id }),
  });
  const { access_token: token } = (await issued.json()) as { access_token: string };
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
    tid: string;
    iss: string;
    aud: string;
  };
  return {
    url,
    issuer: claims.iss,
    jwksUri: `${url}/${claims.tid}/discovery/v2.0/keys`,
    audience: claims.aud,
    tenantId: claims.tid,
    app: {
      tokenEndpoint: `${url}/${claims.tid}/oauth2/v2.0/token`,
      clientId: DEFAULT_DEMO_APP.clientId,
      clientSecret: DEFAULT_DEMO_APP.clientSecret,
    },
  };
}
