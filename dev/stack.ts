import { join } from 'node:path';
import { startDemoTenant, type DemoTenant } from './demo-tenant/server';
import { parseTenantFile } from './demo-tenant/tenant-file';
import { startAzuriteTables, type AzuriteTables } from './azurite';
import { startFunctionsHost, type FunctionsHost } from './functions-host';
import { createJobHost, type JobHost } from './job-host';
import { startStaticWebServer, type WebServer } from './web-server';
import type { ApiConfig } from '../functions/src/config/api-config';
import { createCompositionRoot, type CompositionRoot } from '../functions/src/composition-root';
import { azuriteConnectionString } from '../functions/src/storage/tables';
import type { AppConfig } from '../shared/model/app-config';

export interface StackOptions {
  host?: string;
  /** 0 picks a free port (tests); fixed ports are the defaults of `npm start`. */
  ports: { tables: number; demoTenant: number; functions: number; web?: number };
  dataDir: string;
  tenantFile?: string;
  throttle?: string;
  /** `vite`: dev server with HMR (npm start); `static`: the built app (tests, benchmarks); `none`: API only. */
  web: 'vite' | 'static' | 'none';
  staticRoot?: string;
  now?: () => Date;
  /** DEMO_HANG for the demo tenant (Graph routes that never answer). */
  hang?: string;
  /** Run timer jobs on their schedules (npm start); otherwise only on demand (`POST /admin/functions/{name}`). */
  scheduleJobs?: boolean;
}

export interface Stack {
  tenant: DemoTenant;
  /** The functions app as the dev host runs it (its use cases, and storage and Graph for measurements). */
  root: CompositionRoot;
  /** The timer jobs as the dev host runs them (schedules, on-demand runs). */
  jobs: JobHost;
  apiUrl: string;
  webUrl?: string;
  tablesConnectionString: string;
  close(): Promise<void>;
}

/** Starts the whole local stack: Azurite, the demo tenant, the functions dev host and the web app. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const closers: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const closeOne of closers.reverse()) await closeOne().catch(() => undefined);
  };
  try {
    const tenantData = options.tenantFile ? await parseTenantFile(options.tenantFile) : undefined;
    const tablesPort = options.ports.tables || (await import('./free-port').then((m) => m.freePort()));
    const tables: AzuriteTables = await startAzuriteTables({
      port: tablesPort,
      location: join(options.dataDir, 'azurite'),
    });
    closers.push(() => tables.close());

    const tenant = await startDemoTenant({
      port: options.ports.demoTenant,
      ...(options.host ? { host: options.host } : {}),
      ...(tenantData ? { tenant: tenantData } : {}),
      ...(options.throttle ? { throttle: options.throttle } : {}),
      ...(options.now ? { now: options.now } : {}),
      ...(options.hang ? { hang: options.hang } : {}),
    });
    closers.push(() => tenant.close());

    const tablesConnectionString = azuriteConnectionString(tables.port);
    // DEV_NOW: the functions side starts at the same instant as the demo tenant and ticks with it.
    const root = createCompositionRoot(
      demoApiConfig(tenant, tablesConnectionString),
      options.now ? { clock: { now: options.now } } : {},
    );
    await root.ready();
    const jobs = createJobHost({
      services: () => root.jobs,
      now: () => root.clock.now(),
      schedule: options.scheduleJobs ?? false,
    });
    closers.push(async () => jobs.close());
    const functions: FunctionsHost = await startFunctionsHost({
      edge: root,
      admin: jobs.handle,
      port: options.ports.functions,
      ...(options.host ? { host: options.host } : {}),
    });
    closers.push(() => functions.close());

    let webUrl: string | undefined;
    const appConfig: AppConfig = { apiBaseUrl: '/api', auth: { mode: 'demo', signInUrl: `${tenant.url}/signin` } };
    if (options.web !== 'none') {
      const web: WebServer =
        options.web === 'vite'
          ? await import('./vite-server').then((m) =>
              m.startViteServer({ port: options.ports.web ?? 5173, apiUrl: functions.url, appConfig }),
            )
          : await startStaticWebServer({
              root: options.staticRoot ?? 'build/web',
              apiUrl: functions.url,
              appConfig,
              port: options.ports.web ?? 0,
            });
      closers.push(() => web.close());
      webUrl = web.url;
    }
    return { tenant, root, jobs, apiUrl: functions.url, ...(webUrl ? { webUrl } : {}), tablesConnectionString, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The API's configuration when the demo tenant is the identity provider and Graph. */
export function demoApiConfig(
  tenant: Pick<DemoTenant, 'url' | 'issuer' | 'jwksUri' | 'audience' | 'tenantId' | 'app'>,
  tablesConnectionString: string,
): ApiConfig {
  return {
    auth: {
      issuers: [tenant.issuer],
      jwksUri: tenant.jwksUri,
      audiences: [tenant.audience],
      allowedTenants: [tenant.tenantId],
      requiredScope: 'access_as_user',
    },
    graph: {
      baseUrl: tenant.url,
      tokenMode: 'passthrough',
      maxRetries: 3,
      authorityHost: tenant.url,
      // Timer jobs take app-only tokens from the demo tenant's client credentials endpoint.
      app: { clientId: tenant.app.clientId, clientSecret: tenant.app.clientSecret },
    },
    storage: { mode: 'connection-string', connectionString: tablesConnectionString, tablePrefix: '' },
    teamsAppId: 'peer-1on1s-demo',
  };
}
