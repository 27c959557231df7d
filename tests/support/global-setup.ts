import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath, chromiumPresent } from './browser-path';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The web app built for this test run (served by the e2e stacks). */
    webRoot: string;
  }
}

/**
 * Runs once before the suite: makes sure a Chromium is there for the end-to-end tests (installing
 * Debian's package when we are root with apt), and builds the web app the tests serve into a
 * directory of this run's own, so parallel runs never serve each other's half-written files.
 */
export default async function setup(project: TestProject) {
  ensureChromium();
  const webRoot = mkdtempSync(join(tmpdir(), 'peer1on1s-web-'));
  await build({ configFile: 'addin/vite.config.ts', logLevel: 'error', build: { outDir: webRoot, emptyOutDir: true } });
  project.provide('webRoot', webRoot);
  return () => rmSync(webRoot, { recursive: true, force: true });
}

function ensureChromium() {
  if (chromiumPresent()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let hasApt = true;
  try {
    execFileSync('which', ['apt-get'], { stdio: 'ignore' });
  } catch {
    hasApt = false;
  }
  if (!process.env.CHROMIUM_PATH && isRoot && hasApt) {
    console.log('Chromium not found: installing Debian\'s "chromium" package for the end-to-end tests…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (chromiumPresent()) return;
  }
  throw new Error(
    `No Chromium at ${chromiumPath()}. The end-to-end tests need one: install Debian's package ` +
      '(apt-get install -y chromium, as root) or set CHROMIUM_PATH to an existing Chromium or Chrome binary.',
  );
}
