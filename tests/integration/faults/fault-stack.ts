import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzuriteTables } from '../../../dev/azurite';
import { startDemoTenant } from '../../../dev/demo-tenant/server';
import { freePort } from '../../../dev/free-port';
import { startFunctionsHost } from '../../../dev/functions-host';
import { demoApiConfig } from '../../../dev/stack';
import type { ApiConfig } from '../../../functions/src/config/api-config';
import { createCompositionRoot } from '../../../functions/src/composition-root';
import type { RouteRow } from '../../../functions/src/http/handler';
import { routeTable } from '../../../functions/src/routes/route-table';
import { azuriteConnectionString } from '../../../functions/src/storage/tables';

export interface CallResult {
  status: number;
  etag: string | null;
  // Tests probe answers of many shapes.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
  headers: Headers;
  ms: number;
}

/**
 * The local stack built piece by piece, for tests that need what the shared test stack does not
 * offer: edge limits and short deadlines in the API config, the Azurite process to pause, extra
 * routes, the dev host's log lines, and demo-tenant throttling or hanging routes.
 */
export async function startFaultStack(
  options: {
    limits?: ApiConfig['limits'];
    webOrigins?: string[];
    throttle?: string;
    hang?: string;
    extraRoutes?: RouteRow[];
  } = {},
) {
  const dataDir = mkdtempSync(join(tmpdir(), 'peer1on1s-fault-'));
  const closers: Array<() => Promise<void>> = [];
  const tables = await startAzuriteTables({ port: await freePort(), location: join(dataDir, 'azurite') });
  closers.push(() => tables.close());
  const tenant = await startDemoTenant({
    port: 0,
    ...(options.throttle ? { throttle: options.throttle } : {}),
    ...(options.hang ? { hang: options.hang } : {}),
  });
  closers.push(() => tenant.close());
  const config: ApiConfig = {
    ...demoApiConfig(tenant, azuriteConnectionString(tables.port)),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.webOrigins ? { webOrigins: options.webOrigins } : {}),
  };
  const root = createCompositionRoot(config);
  await root.ready();
  const logLines: string[] = [];
  const host = await startFunctionsHost({
    edge: root,
    port: 0,
    routes: [...routeTable, ...(options.extraRoutes ?? [])],
    log: (line) => logLines.push(line),
  });
  closers.push(() => host.close());
  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (userId: string) => {
    if (!tokens.has(userId)) tokens.set(userId, tenant.issueToken(userId));
    return tokens.get(userId)!;
  };
  const call = async (
    user: { id: string } | undefined,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<CallResult> => {
    const started = performance.now();
    const response = await fetch(`${host.url}/api${path}`, {
      method,
      headers: {
        ...(user ? { Authorization: `Bearer ${await tokenFor(user.id)}` } : {}),
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return {
      status: response.status,
      etag: response.headers.get('etag'),
      json: text ? (JSON.parse(text) as unknown) : undefined,
      headers: response.headers,
      ms: performance.now() - started,
    };
  };
  const signal = (name: 'SIGSTOP' | 'SIGCONT') => {
    if (tables.pid === undefined) throw new Error('Azurite has no process id');
    process.kill(tables.pid, name);
  };
  return {
    tenant,
    root,
    apiUrl: host.url,
    logLines,
    tokenFor,
    call,
    users: tenant.data.users,
    pauseStorage: () => signal('SIGSTOP'),
    resumeStorage: () => signal('SIGCONT'),
    close: async () => {
      for (const close of closers.reverse()) await close().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
export type FaultStack = Awaited<ReturnType<typeof startFaultStack>>;

/** Two colleagues (no manager line between them) with an accepted relationship. */
export async function acceptedPair(stack: FaultStack) {
  const alice = stack.users.find((u) => u.department === 'Marketing' && u.managerId)!;
  const bob = stack.users.find((u) => u.department === 'Engineering' && u.managerId)!;
  const created = await stack.call(alice, 'POST', '/relationships', {
    peer: bob.mail,
    goal: 'rapport',
    cadenceWeeks: 4,
  });
  if (created.status !== 201) throw new Error(`create answered ${created.status}`);
  const id = created.json.id as string;
  const accepted = await stack.call(bob, 'POST', `/relationships/${id}/respond`, { action: 'accept' });
  if (accepted.status !== 200) throw new Error(`accept answered ${accepted.status}`);
  return { alice, bob, id };
}
