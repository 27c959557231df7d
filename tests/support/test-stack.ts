import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createDevClock } from '../../dev/dev-clock';
import { startStack, type Stack, type StackOptions } from '../../dev/stack';

export interface TestStack extends Stack {
  /** A demo token for a user (id or mail). */
  tokenFor(user: string, options?: { expiresInSeconds?: number }): Promise<string>;
  /** fetch against the API with an optional bearer token. */
  api(path: string, init?: RequestInit & { token?: string }): Promise<Response>;
  /** Calls the API as a demo user (token issued once per user) and reads the JSON answer. */
  callAs(
    user: { id: string },
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
    // Tests probe answers of many shapes (and validate with the shared schemas where it matters).
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ): Promise<{ status: number; etag: string | null; json: any; headers: Headers }>;
}

/** The real local stack on free ports with throwaway data: what integration and e2e tests run against. */
export async function startTestStack(
  options: Partial<Pick<StackOptions, 'web' | 'throttle' | 'tenantFile' | 'now' | 'scheduleJobs'>> & {
    /** As DEV_NOW for `npm start`: the demo tenant and the functions host start at this instant and tick. */
    devNow?: string;
  } = {},
): Promise<TestStack> {
  const now = options.now ?? (options.devNow ? createDevClock(options.devNow) : undefined);
  const dataDir = mkdtempSync(join(tmpdir(), 'peer1on1s-test-'));
  const stack = await startStack({
    ports: { tables: 0, demoTenant: 0, functions: 0, web: 0 },
    dataDir,
    web: options.web ?? 'none',
    ...(options.web === 'static' ? { staticRoot: inject('webRoot') } : {}),
    ...(options.throttle ? { throttle: options.throttle } : {}),
    ...(options.tenantFile ? { tenantFile: options.tenantFile } : {}),
    ...(now ? { now } : {}),
    ...(options.scheduleJobs ? { scheduleJobs: true } : {}),
  });
  const tokens = new Map<string, Promise<string>>();
  const api: TestStack['api'] = (path, init = {}) => {
    const { token, headers, ...rest } = init;
    return fetch(`${stack.apiUrl}/api${path}`, {
      ...rest,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(headers as Record<string, string>) },
    });
  };
  return {
    ...stack,
    api,
    callAs: async (user, method, path, body, headers = {}) => {
      if (!tokens.has(user.id)) tokens.set(user.id, stack.tenant.issueToken(user.id));
      const response = await api(path, {
        method,
        token: await tokens.get(user.id)!,
        headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await response.text();
      return {
        status: response.status,
        etag: response.headers.get('etag'),
        json: text ? JSON.parse(text) : undefined,
        headers: response.headers,
      };
    },
    tokenFor: (user, tokenOptions) => stack.tenant.issueToken(user, tokenOptions),
    close: async () => {
      await stack.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
