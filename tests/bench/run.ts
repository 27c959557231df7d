import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench`: runs every `*.bench.ts` beside this file in turn (or those named on the command
 * line, e.g. `npm run bench -- slots` or `npm run bench -- reminders`). Each prints its own figures.
 */
const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.startsWith(name)))
  .sort();

console.log(`Peer 1:1s benchmarks on ${process.platform}/${process.arch}, Node ${process.versions.node}\n`);
let failed = 0;
for (const file of files) {
  console.log(`── ${file.replace('.bench.ts', '')} ──`);
  try {
    const module = (await import(join(here, file))) as { default: () => Promise<void> };
    await module.default();
  } catch (error) {
    failed += 1;
    console.error(`  failed: ${(error as Error).stack ?? String(error)}`);
  }
  console.log('');
}
process.exit(failed ? 1 : 0);
