import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { startStack, type Stack, type StackOptions } from '../../dev/stack';

export interface TestStack extends Stack {
  /** A demo token for a user (id or mail). */
  tokenFor(user: string, options?: { expiresInSeconds?: number }): Promise<string>;
  /** fetch against the API with an optional bearer token. */
  api(path: string, init?: RequestInit & { token?: string }): Promise<Response>;
}

/** The real local stack on free ports with throwaway data: what integration and e2e tests run against. */
export async function startTestStack(
  options: Partial<Pick<StackOptions, 'web' | 'throttle' | 'tenantFile' | 'now'>> = {},
): Promise<TestStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'peer1on1s-test-'));
  const stack = await startStack({
    ports: { tables: 0, demoTenant: 0, functions: 0, web: 0 },
    dataDir,
    web: options.web ?? 'none',
    ...(options.web === 'static' ? { staticRoot: inject('webRoot') } : {}),
    ...(options.throttle ? { throttle: options.throttle } : {}),
    ...(options.tenantFile ? { tenantFile: options.tenantFile } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    ...stack,
    tokenFor: (user, tokenOptions) => stack.tenant.issueToken(user, tokenOptions),
    api: (path, init = {}) => {
      const { token, headers, ...rest } = init;
      return fetch(`${stack.apiUrl}/api${path}`, {
        ...rest,
        headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(headers as Record<string, string>) },
      });
    },
    close: async () => {
      await stack.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
