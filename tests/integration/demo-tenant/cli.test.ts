import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const main = fileURLToPath(new URL('../../../dev/demo-tenant/main.ts', import.meta.url));
const sample = fileURLToPath(new URL('../../../dev/demo-tenant/sample-tenant.json', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; resolves on exit, or once `until` matches stdout (then stops the child). */
function runCli(env: Record<string, string>, until?: RegExp): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [main], {
      env: { ...process.env, ...env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let matched = false;
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (until && !matched && until.test(stdout)) {
        matched = true;
        child.kill('SIGTERM');
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('demo tenant CLI', () => {
  it('prints one listening line with the URL', async () => {
    const run = await runCli({ DEMO_TENANT_PORT: '0', DEMO_TENANT: sample }, /listening/);
    expect(run.stdout.trim()).toMatch(/^demo tenant listening on http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('exits 1 naming the port and DEMO_TENANT_PORT when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const run = await runCli({ DEMO_TENANT_PORT: String(port), DEMO_TENANT: sample });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(String(port));
      expect(run.stderr).toContain('DEMO_TENANT_PORT');
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('stops on a malformed DEMO_TENANT file, naming the field', async () => {
    const tenant = JSON.parse(readFileSync(sample, 'utf8'));
    delete tenant.users[3].timeZone;
    const file = join(mkdtempSync(join(tmpdir(), 'demo-tenant-')), 'tenant.json');
    writeFileSync(file, JSON.stringify(tenant));
    const run = await runCli({ DEMO_TENANT_PORT: '0', DEMO_TENANT: file });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('users[3].timeZone: Required');
  });
});
