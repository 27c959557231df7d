import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ITokenProvider } from '@fluidframework/azure-client';
import { TestLiveShareHost } from '@microsoft/live-share';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeSignal } from '../../../addin/src/live/change-signal';
import { createLiveShareSignal } from '../../../addin/src/live/live-share-signal';

/**
 * The Live Share path against a real local Fluid service (@fluidframework/azure-local-service,
 * which is Tinylicious), with Live Share's TestLiveShareHost: two clients join one container and
 * hear each other's change events, never their own.
 */
let service: ChildProcess | undefined;
let endpoint = '';
const storage = mkdtempSync(join(tmpdir(), 'peer1on1s-fluid-'));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The local service accepts any signed token; the driver only needs well-formed claims. */
function localTokens(userId: string): ITokenProvider {
  const key = new TextEncoder().encode('local-fluid-service-key');
  const token = async (tenantId: string, documentId?: string) => ({
    jwt: await new SignJWT({
      documentId: documentId ?? '',
      tenantId,
      scopes: ['doc:read', 'doc:write', 'summary:write'],
      user: { id: userId, name: userId },
      ver: '1.0',
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(key),
    fromCache: false,
  });
  return { fetchOrdererToken: token, fetchStorageToken: token };
}

beforeAll(async () => {
  const port = await freePort();
  endpoint = `http://127.0.0.1:${port}`;
  service = spawn(process.execPath, ['node_modules/@fluidframework/azure-local-service/dist/index.js'], {
    env: { ...process.env, PORT: String(port), storage },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`Listening on port ${port}`)) resolve();
    };
    service!.stdout!.on('data', onData);
    service!.stderr!.on('data', onData);
    service!.once('exit', (code) => reject(new Error(`local Fluid service exited (${code}): ${output}`)));
  });
});

afterAll(() => {
  service?.kill();
  rmSync(storage, { recursive: true, force: true });
});

describe('Live Share change signal', () => {
  it('a change published by one peer reaches the other, and not the publisher', async () => {
    let containerId: string | undefined;
    const host = () =>
      TestLiveShareHost.create(
        () => containerId,
        (id) => {
          containerId = id;
        },
      );
    const connection = (user: string) => ({ type: 'local' as const, endpoint, tokenProvider: localTokens(user) });
    const signals: ChangeSignal[] = [];
    try {
      const ava = await createLiveShareSignal({ host: host(), connection: connection('ava') });
      signals.push(ava);
      expect(containerId).toBeTruthy();
      const omar = await createLiveShareSignal({ host: host(), connection: connection('omar') });
      signals.push(omar);

      const heardByAva: string[] = [];
      ava.subscribe((kind) => heardByAva.push(kind));
      const omarHears = new Promise<string>((resolve) => omar.subscribe(resolve));
      await ava.publish('agenda');
      expect(await omarHears).toBe('agenda');

      const avaHears = new Promise<string>((resolve) => ava.subscribe(resolve));
      await omar.publish('commitments');
      expect(await avaHears).toBe('commitments');
      // Ava heard Omar's change only: her own 'agenda' event was not echoed back to her.
      expect(heardByAva).toEqual(['commitments']);
    } finally {
      for (const signal of signals) signal.close();
    }
  }, 60_000);
});
