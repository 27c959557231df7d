import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthSchema } from '../../../shared/contracts/health-operations';
import { problemSchema } from '../../../shared/http/problem';
import { startTestStack, type TestStack } from '../../support/test-stack';

let stack: TestStack;
let azuritePid: number;
let frozen = false;

/** The test stack's Azurite child: the node process serving the table port of this stack. */
function azuritePidFor(connectionString: string): number {
  const port = /TableEndpoint=http:\/\/[^:]+:(\d+)/.exec(connectionString)?.[1];
  if (!port) throw new Error('no table port in the connection string');
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // exited while we looked
    }
    const at = args.indexOf('--tablePort');
    if (at > 0 && args[at + 1] === port && args.some((a) => a.endsWith('table/main.js'))) return Number(entry);
  }
  throw new Error(`no Azurite process on port ${port}`);
}

beforeAll(async () => {
  stack = await startTestStack();
  azuritePid = azuritePidFor(stack.tablesConnectionString);
});
afterAll(async () => {
  if (frozen) process.kill(azuritePid, 'SIGCONT');
  await stack?.close();
});

describe('GET /api/health', () => {
  it('answers 200 without a token, with no data beyond its status', async () => {
    const response = await stack.api('/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(healthSchema.strict().parse(await response.json())).toEqual({ status: 'ok' });
  });

  it('ignores a token it was not asked for (even a bad one)', async () => {
    const response = await stack.api('/health', { token: 'not-a-token' });
    expect(response.status).toBe(200);
  });

  it('answers 503 naming storage within its deadline while Azurite is frozen, and 200 again after', async () => {
    const deadlineMs = stack.root.config.health?.storageDeadlineMs ?? 2_000;
    process.kill(azuritePid, 'SIGSTOP');
    frozen = true;
    const started = performance.now();
    const response = await stack.api('/health');
    const elapsed = performance.now() - started;
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    const problem = problemSchema.passthrough().parse(await response.json());
    expect(problem).toMatchObject({ status: 503, code: 'dependency-unavailable', dependency: 'storage' });
    expect(elapsed).toBeGreaterThanOrEqual(deadlineMs - 50);
    expect(elapsed).toBeLessThan(deadlineMs + 1_500);

    process.kill(azuritePid, 'SIGCONT');
    frozen = false;
    const again = await stack.api('/health');
    expect(again.status).toBe(200);
  });

  it('is listed in the OpenAPI document without a security requirement', async () => {
    const document = (await (await stack.api('/openapi.json')).json()) as {
      paths: Record<string, Record<string, { security: unknown[] }>>;
    };
    expect(document.paths['/health']?.get?.security).toEqual([]);
    expect(document.paths['/me']?.get?.security).toEqual([{ bearer: [] }]);
  });
});
