import { z } from 'zod';
import { startDemoTenant, DEFAULT_PORT } from './server';
import { parseTenantFile } from './tenant-file';
import { TenantFileError } from './tenant-schema';

// CLI: `tsx dev/demo-tenant/main.ts`. Settings come from the environment, parsed once here.

const Env = z.object({
  DEMO_TENANT_PORT: z.coerce.number().int().min(0).max(65535).default(DEFAULT_PORT),
  DEMO_TENANT: z.string().min(1).optional(),
  DEMO_THROTTLE: z.string().optional(),
  DEMO_HANG: z.string().optional(),
  DEV_NOW: z.string().optional(),
});

async function main(): Promise<number> {
  const env = Env.safeParse(process.env);
  if (!env.success) {
    for (const issue of env.error.issues) console.error(`demo tenant: ${issue.path.join('.')}: ${issue.message}`);
    return 1;
  }
  const { DEMO_TENANT_PORT: port, DEMO_TENANT: tenantFile, DEMO_THROTTLE: throttle, DEMO_HANG: hang } = env.data;
  const startAt = env.data.DEV_NOW;
  let tenant;
  try {
    tenant = tenantFile ? await parseTenantFile(tenantFile) : undefined;
  } catch (e) {
    if (e instanceof TenantFileError) {
      console.error(`demo tenant: DEMO_TENANT file is invalid:\n  ${e.problems.join('\n  ')}`);
      return 1;
    }
    throw e;
  }
  try {
    const server = await startDemoTenant({
      port,
      ...(tenant ? { tenant } : {}),
      ...(throttle ? { throttle } : {}),
      ...(hang ? { hang } : {}),
      ...(startAt ? { startAt } : {}),
    });
    console.log(`demo tenant listening on ${server.url}`);
    const stop = (): void => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return -1;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') {
      console.error(
        `demo tenant: port ${port} is already in use; set DEMO_TENANT_PORT to a free port (e.g. DEMO_TENANT_PORT=7073).`,
      );
      return 1;
    }
    console.error(`demo tenant: ${err.message}`);
    return 1;
  }
}

const code = await main();
if (code >= 0) process.exit(code);
