import { build as esbuild } from 'esbuild';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { build as viteBuild } from 'vite';

/**
 * `npm run build`: the static web app (build/web) and a deployable function app (build/functions:
 * host.json, package.json and one bundled dist/app.cjs). The bundle carries every dependency
 * except the worker's own `@azure/functions-core`, so deploying needs no npm install.
 */
const only = process.argv[2];

if (!only || only === 'web') {
  await viteBuild({ configFile: 'addin/vite.config.ts', logLevel: 'warn' });
  console.log('web app       → build/web');
}

if (!only || only === 'functions') {
  rmSync('build/functions', { recursive: true, force: true });
  mkdirSync('build/functions/dist', { recursive: true });
  await esbuild({
    entryPoints: ['functions/src/app.ts'],
    outfile: 'build/functions/dist/app.cjs',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    minify: false,
    external: ['@azure/functions-core'],
    logLevel: 'warning',
  });
  cpSync('functions/host.json', 'build/functions/host.json');
  writeFileSync(
    'build/functions/package.json',
    JSON.stringify({ name: 'peer-one-on-ones-api', version: '0.1.0', private: true, main: 'dist/app.cjs' }, null, 2) +
      '\n',
  );
  console.log('function app  → build/functions (func azure functionapp publish, or zip deploy)');
}
