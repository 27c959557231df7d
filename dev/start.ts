import { assertPortFree } from './free-port';
import { startStack } from './stack';
import { createDevClock, DevClockError } from './dev-clock';
import { describeStorageMode } from '../functions/src/config/api-config';

/** `npm start`: the whole product on 127.0.0.1 with the demo tenant, until Ctrl-C. */
const ports = {
  tables: portFrom('TABLES_PORT', 10002),
  demoTenant: portFrom('DEMO_TENANT_PORT', 7072),
  functions: portFrom('FUNCTIONS_PORT', 7071),
  web: portFrom('WEB_PORT', 5173),
};

try {
  await assertPortFree(ports.tables, 'TABLES_PORT');
  await assertPortFree(ports.demoTenant, 'DEMO_TENANT_PORT');
  await assertPortFree(ports.functions, 'FUNCTIONS_PORT');
  await assertPortFree(ports.web, 'WEB_PORT');
} catch (error) {
  console.error(`\n  ${(error as Error).message}\n`);
  process.exit(1);
}

// DEV_NOW pins where the clock starts; it ticks normally from there.
let now: (() => Date) | undefined;
try {
  now = process.env.DEV_NOW ? createDevClock(process.env.DEV_NOW) : undefined;
} catch (error) {
  if (!(error instanceof DevClockError)) throw error;
  console.error(`\n  ${error.message}\n`);
  process.exit(1);
}

console.log('Starting Peer 1:1s: Azurite tables, demo tenant, functions host, web app…');
let stack: Awaited<ReturnType<typeof startStack>>;
try {
  stack = await startStack({
    ports,
    dataDir: '.data',
    web: 'vite',
    ...(process.env.DEMO_TENANT ? { tenantFile: process.env.DEMO_TENANT } : {}),
    ...(process.env.DEMO_THROTTLE ? { throttle: process.env.DEMO_THROTTLE } : {}),
    ...(process.env.DEMO_HANG ? { hang: process.env.DEMO_HANG } : {}),
    ...(now ? { now } : {}),
    scheduleJobs: true,
  });
} catch (error) {
  console.error(`\n  Could not start: ${(error as Error).message}\n`);
  process.exit(1);
}

console.log(`
  Azurite tables   http://127.0.0.1:${ports.tables}   (data in .data/)
  Demo tenant      ${stack.tenant.url}   (Graph at /v1.0, sign-in at /signin)
  Functions host   ${stack.apiUrl}/api
  Health           ${stack.apiUrl}/api/health   (no token; 503 names a dependency that does not answer)
  ${describeStorageMode(stack.root.config.storage)}
  Web app          ${stack.webUrl}${now ? `\n  Clock            DEV_NOW ${process.env.DEV_NOW} (ticking)` : ''}

  Open ${stack.webUrl}/tab.html
      (side panel: ${stack.webUrl}/sidepanel.html · compose pane: ${stack.webUrl}/compose.html)

  Ctrl-C stops everything.
`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  await stack.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

function portFrom(variable: string, fallback: number): number {
  const raw = process.env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`${variable} must be a port number between 1 and 65535 (got "${raw}").`);
    process.exit(1);
  }
  return port;
}
