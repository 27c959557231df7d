import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { launchChromium } from '../support/e2e-browser';
import { percentiles, startBenchStack } from './bench-stack';
import { OVER_BUDGET_CEILINGS_KB, PAGE_BUDGETS_KB, measurePages } from './web-budgets';

/** Web app: initial JavaScript per page (gzip), and time to first data in headless Chromium. */
export default async function run(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'peer1on1s-bench-web-'));
  await build({ configFile: 'addin/vite.config.ts', logLevel: 'error', build: { outDir: root, emptyOutDir: true } });
  console.log('initial JavaScript per page (gzip, entry + preloaded chunks) against its budget:');
  for (const { page, gzipKb, files } of measurePages(root)) {
    const budget = PAGE_BUDGETS_KB[page];
    const verdict = gzipKb <= budget ? 'within budget' : `OVER by ${(gzipKb - budget).toFixed(1)} kB`;
    const ceiling = OVER_BUDGET_CEILINGS_KB[page];
    console.log(
      `  ${page.padEnd(9)} ${gzipKb.toFixed(1).padStart(6)} kB in ${String(files.length).padStart(2)} files, budget ${budget} kB: ${verdict}${ceiling ? ` (ceiling meanwhile ${ceiling} kB)` : ''}`,
    );
  }

  const stack = await startBenchStack({ web: 'static', staticRoot: root });
  const browser = await launchChromium();
  try {
    const user = stack.tenant.data.users.find((u) => u.department === 'Product' && u.managerId)!;
    const token = await stack.tenant.issueToken(user.id);
    const greeting: number[] = [];
    const data: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      // A fresh context each time: cold cache, as on first open in Teams.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${stack.webUrl}/tab.html#access_token=${token}&expires_in=3600`);
      await page.getByTestId('greeting').waitFor();
      const atGreeting = await page.evaluate(() => performance.now());
      await page
        .getByText(/You have no peer 1:1s yet|My peer 1:1s/)
        .first()
        .waitFor();
      const atData = await page.evaluate(() => performance.now());
      if (i > 0) {
        greeting.push(atGreeting);
        data.push(atData);
      }
      await context.close();
    }
    const g = percentiles(greeting);
    const d = percentiles(data);
    console.log('tab in headless Chromium on the demo stack (cold cache, 6 runs after a warm-up):');
    console.log(`  greeting on screen: median ${g.median.toFixed(0)} ms, p95 ${g.p95.toFixed(0)} ms`);
    console.log(
      `  first data (My peers) on screen: median ${d.median.toFixed(0)} ms, p95 ${d.p95.toFixed(0)} ms (goal <= 1000 ms)`,
    );
  } finally {
    await browser.close();
    await stack.close();
    rmSync(root, { recursive: true, force: true });
  }
}
