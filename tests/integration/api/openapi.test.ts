import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeTable } from '../../../functions/src/routes/route-table';
import { operationList } from '../../../shared/contracts';
import { startTestStack, type TestStack } from '../../support/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

interface Document {
  openapi: string;
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
}

const documented = (doc: Document) =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, item]) => ({ path, method: method.toUpperCase(), name: item.operationId })),
  );

describe('the OpenAPI document', () => {
  it('is served by the dev host without a token and lists exactly the routes the host serves', async () => {
    const response = await stack.api('/openapi.json');
    expect(response.status).toBe(200);
    const doc = (await response.json()) as Document;
    expect(doc.openapi).toBe('3.1.0');

    const served = routeTable.map((r) => ({
      path: `/${r.operation.path}`,
      method: r.operation.method,
      name: r.operation.name,
    }));
    const byKey = (list: Array<{ path: string; method: string; name: string }>) =>
      list.map((r) => `${r.method} ${r.path} ${r.name}`).sort();
    expect(byKey(documented(doc))).toEqual(byKey(served));
    expect(served).toHaveLength(operationList.length);

    // Every documented operation is live: without a token it answers 401 (a missing route is 404, a wrong method 405);
    // the anonymous rows (health) answer without one.
    const anonymous = new Set(operationList.filter((o) => o.anonymous).map((o) => `${o.method} /${o.path}`));
    expect(anonymous).toEqual(new Set(['GET /health']));
    for (const { path, method } of documented(doc)) {
      const live = await stack.api(path.replace(/\{\w+\}/g, 'sample'), { method });
      if (anonymous.has(`${method} ${path}`)) {
        expect(live.status, `${method} ${path}`).toBe(200);
        continue;
      }
      expect(live.status, `${method} ${path}`).toBe(401);
      expect((await live.json()).code).toBe('unauthenticated');
    }
    expect((await stack.api('/not-in-the-document')).status).toBe(404);
  });

  it('is what `npm run openapi` writes, with problem responses for every code a row names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      execFileSync('npx', ['tsx', 'dev/write-openapi.ts', file], { stdio: 'pipe' });
      const doc = JSON.parse(readFileSync(file, 'utf8')) as Document;
      const patch = doc.paths['/relationships/{id}']!.patch!;
      expect(patch.operationId).toBe('patchRelationship');
      expect(Object.keys(patch.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '404', '412', '428']));
      expect(doc.paths['/relationships']!.post!.responses).toHaveProperty('201');
      expect(doc.paths['/relationships']!.post!.responses).toHaveProperty('200');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
