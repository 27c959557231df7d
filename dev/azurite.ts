import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface AzuriteTables {
  port: number;
  /** The emulator's process id (fault tests pause it with SIGSTOP). */
  pid: number | undefined;
  close(): Promise<void>;
}

/**
 * Runs Azurite's table service (the real emulator from npm) as a child process on 127.0.0.1 and
 * resolves once it reports that it is listening. Data lives under `location`, so it survives restarts.
 */
export async function startAzuriteTables(options: {
  port: number;
  location: string;
  /** Keep data in memory only (benchmarks: no autosave rewriting a large database as it grows). */
  inMemory?: boolean;
}): Promise<AzuriteTables> {
  mkdirSync(options.location, { recursive: true });
  const require = createRequire(import.meta.url);
  const azuriteRoot = dirname(require.resolve('azurite/package.json'));
  const child = spawn(
    process.execPath,
    [
      join(azuriteRoot, 'dist', 'src', 'table', 'main.js'),
      '--tableHost',
      '127.0.0.1',
      '--tablePort',
      String(options.port),
      // Azurite refuses a location with in-memory persistence.
      ...(options.inMemory ? ['--inMemoryPersistence'] : ['--location', options.location]),
      '--disableTelemetry',
      '--skipApiVersionCheck',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await waitForListening(child, options.port);
  return {
    port: options.port,
    pid: child.pid,
    close: () => stopChild(child),
  };
}

function waitForListening(child: ChildProcess, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/successfully (started|listening)/.test(output)) {
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`Azurite (table, port ${port}) exited with code ${code}: ${output.trim().slice(-500)}`)),
    );
    child.once('error', reject);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
