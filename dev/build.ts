import { build as esbuild } from 'esbuild';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { build as viteBuild } from 'vite';
import { writeWebHostConfig } from './web-host-config';

/**
 * `npm run build`: the static web app (build/web) and a deployable function app (build/functions:
 * host.json, package.json and one bundled dist/app.cjs). The bundle carries every dependency
 * except the worker's own `@azure/functions-core`, so deploying needs no npm install.
 * `npm run build -- web --app-config <file>` also writes the deployment's app-config.json, and the
 * static host's staticwebapp.config.json with a CSP for that API origin (or `API_ORIGIN`).
 */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'app-config': { type: 'string' } },
});
const only = positionals[0];

if (!only || only === 'web') {
  await viteBuild({ configFile: 'addin/vite.config.ts', logLevel: 'warn' });
  const { apiOrigin } = writeWebHostConfig('build/web', {
    ...(values['app-config'] ? { appConfigFile: values['app-config'] } : {}),
    ...(process.env.API_ORIGIN ? { apiOrigin: process.env.API_ORIGIN } : {}),
  });
  console.log(`web app       → build/web (staticwebapp.config.json: API origin ${apiOrigin ?? "'self' only"})`);
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
  console.log('function app  → build/functions (npm run package:functions for the zip)');
}
