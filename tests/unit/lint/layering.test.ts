import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The repository's own eslint.config.js, minus the two type-aware rules: they need a TypeScript
 * program, which would make each probe take seconds. Every layer rule below works without types.
 */
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
});

/** Rule ids reported for `code` as if it lived at `file` (relative to the repository). */
async function rulesFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('shared/ stays the pure inner layer', () => {
  it('rejects an SDK, a node builtin and react', async () => {
    for (const spec of ['@azure/data-tables', '@microsoft/teams-js', 'node:crypto', 'react', 'jose']) {
      expect(await rulesFor('shared/time/probe.ts', `import '${spec}';\n`), spec).toContain('no-restricted-imports');
    }
  });

  it('rejects imports from functions/, addin/ and dev/', async () => {
    for (const spec of ['../../functions/src/use-cases', '../../addin/src/api/api-client', '../../dev/dev-clock']) {
      expect(await rulesFor('shared/time/probe.ts', `import '${spec}';\n`), spec).toContain('no-restricted-imports');
    }
  });

  it('allows zod and its own modules', async () => {
    const code =
      "import { z } from 'zod';\nimport { formatTime } from './format-times';\nexport const x = [z, formatTime];\n";
    expect(await rulesFor('shared/time/probe.ts', code)).toEqual([]);
  });

  it('rejects Math.random, process.env and clock reads', async () => {
    for (const code of ['Math.random();', 'process.env.X;', 'Date.now();', 'new Date();', 'crypto.randomUUID();']) {
      const rules = await rulesFor('shared/time/probe.ts', `${code}\n`);
      expect(
        rules.some((r) => r === 'no-restricted-syntax' || r === 'no-restricted-properties'),
        code,
      ).toBe(true);
    }
  });

  it('leaves the same calls alone outside shared/', async () => {
    expect(await rulesFor('functions/src/probe.ts', 'export const r = [Math.random(), process.env.X];\n')).toEqual([]);
  });
});

describe('handlers call use cases, not adapters', () => {
  const handler = 'functions/src/routes/probe-handlers.ts';

  it('rejects adapters, storage, Graph modules and SDKs', async () => {
    for (const spec of ['../adapters/table-store', '../storage/tables', '../graph/graph-batch', '@azure/data-tables']) {
      expect(await rulesFor(handler, `import '${spec}';\n`), spec).toContain('no-restricted-imports');
    }
  });

  it('allows the use cases, the handler types and contract types', async () => {
    const code =
      "import type { UseCases } from '../use-cases';\nimport type { HandlersFor } from '../http/handler';\n" +
      "import { operations } from '../../../shared/contracts';\nexport type X = [UseCases, HandlersFor<never>];\nexport const list = operations;\n";
    expect(await rulesFor(handler, code)).toEqual([]);
  });
});

describe('the add-in reaches the API only through addin/src/api', () => {
  it('rejects fetch in a page, and allows it in the API client', async () => {
    const code = "export const go = () => fetch('/api/me');\n";
    expect(await rulesFor('addin/src/tab/probe.ts', code)).toContain('no-restricted-syntax');
    expect(await rulesFor('addin/src/tab/probe.ts', "export const go = () => window.fetch('/api/me');\n")).toContain(
      'no-restricted-syntax',
    );
    expect(await rulesFor('addin/src/api/probe.ts', code)).toEqual([]);
  });

  it('rejects imports from functions/ and dev/', async () => {
    for (const spec of ['../../../functions/src/use-cases', '../../../dev/dev-clock']) {
      expect(await rulesFor('addin/src/tab/probe.ts', `import '${spec}';\n`), spec).toContain('no-restricted-imports');
    }
  });
});

describe('import cycles fail the build', () => {
  // import-x resolves real files, so the probe pair is written inside the tree and removed after.
  const dir = path.join(root, 'shared', `lint-probe-${process.pid}`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a two-file cycle in shared/', async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
    writeFileSync(path.join(dir, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
    const [result] = await eslint.lintFiles([path.join(dir, 'a.ts')]);
    expect(result?.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });
});

describe('the tree itself', () => {
  it('passes the layer and cycle rules in shared/, the handlers and the add-in API', async () => {
    const results = await eslint.lintFiles(['shared', 'functions/src/routes', 'addin/src/api']);
    const problems = results.flatMap((r) =>
      r.messages.map((m) => `${path.relative(root, r.filePath)}:${m.line} ${m.ruleId}`),
    );
    expect(results.length).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
});
