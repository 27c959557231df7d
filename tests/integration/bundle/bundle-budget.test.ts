import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OVER_BUDGET_CEILINGS_KB, PAGES, PAGE_BUDGETS_KB, limitFor, measurePages } from '../../bench/web-budgets';

// Its own production build: the suite's shared build runs under NODE_ENV=test, which gives React's
// development bundle (about 60 kB heavier) and so not what ships. Size is deterministic per tree.
const root = mkdtempSync(join(tmpdir(), 'peer1on1s-budget-'));
execFileSync(
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'build',
    '--config',
    'addin/vite.config.ts',
    '--outDir',
    root,
    '--emptyOutDir',
    '--logLevel',
    'error',
  ],
  { env: { ...process.env, NODE_ENV: 'production' }, stdio: 'inherit' },
);
const weights = measurePages(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('initial JavaScript per page (gzip, entry + modulepreload)', () => {
  it.each(PAGES)('%s stays within its limit', (page) => {
    const weight = weights.find((w) => w.page === page)!;
    expect(weight.files.length).toBeGreaterThan(0);
    expect(weight.gzipKb, `${page}: ${weight.files.join(', ')}`).toBeLessThanOrEqual(limitFor(page));
  });

  it('a page that meets its budget is no longer grandfathered (the ceilings list only shrinks)', () => {
    const stale = weights
      .filter((w) => OVER_BUDGET_CEILINGS_KB[w.page] !== undefined && w.gzipKb <= PAGE_BUDGETS_KB[w.page])
      .map((w) => w.page);
    expect(stale).toEqual([]);
    for (const [page, ceiling] of Object.entries(OVER_BUDGET_CEILINGS_KB))
      expect(ceiling, page).toBeGreaterThan(PAGE_BUDGETS_KB[page as keyof typeof PAGE_BUDGETS_KB]);
  });

  it('teams-js and MSAL are not on any first load (loaded only inside a host that needs them)', () => {
    // Chunk names are arbitrary; look for strings only those libraries contain.
    for (const weight of weights) {
      for (const file of weight.files) {
        const code = readFileSync(join(root, file), 'utf8');
        expect(code.includes('No Parent window found'), `${weight.page}: teams-js in ${file}`).toBe(false);
        expect(code.includes('msal.js.browser'), `${weight.page}: MSAL in ${file}`).toBe(false);
      }
    }
  });
});
