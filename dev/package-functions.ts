import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeZip } from '../manifest/zip-writer';

/**
 * `npm run package:functions`: zips the output of `npm run build` (build/functions) into
 * build/functions.zip, the shape Flex Consumption's one-deploy expects: host.json and package.json
 * at the root, the bundle under dist/. Source maps stay out (they hold the source text).
 */
export function packageFunctions(root = 'build/functions', out = 'build/functions.zip'): string[] {
  for (const required of ['host.json', 'package.json', 'dist/app.cjs'])
    if (!existsSync(join(root, required)))
      throw new Error(`${join(root, required)} is missing: run npm run build first`);
  const names = filesUnder(root).filter((name) => !name.endsWith('.map'));
  writeFileSync(out, writeZip(names.map((name) => ({ name, data: readFileSync(join(root, name)) }))));
  return names;
}

function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? filesUnder(root, path) : [relative(root, path).split('\\').join('/')];
    });
}

if (process.argv[1]?.endsWith('package-functions.ts')) {
  try {
    const names = packageFunctions();
    console.log(`build/functions.zip: ${names.join(', ')}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
