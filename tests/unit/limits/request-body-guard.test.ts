import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  checkBodyHeaders,
  MAX_BODY_BYTES,
  readBodyText,
  readJsonBody,
  type BodySource,
} from '../../../functions/src/limits/request-body-guard';

const headers = (h: Record<string, string>) => new Headers(h);
const CHUNK = 16 * 1024;

/** An endless web stream that counts what was pulled and whether it was cancelled. */
function endlessWebStream() {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      seen.pulled += CHUNK;
      controller.enqueue(new Uint8Array(CHUNK).fill(0x61));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

async function failure(promise: Promise<unknown>) {
  return promise.then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe('checkBodyHeaders', () => {
  it.each([
    'text/plain',
    'application/x-www-form-urlencoded',
    'application/xml',
    'multipart/form-data; boundary=x',
    '',
    'application/json; charset=latin1',
  ])('answers 415 to a body sent as %j', (type) => {
    expect(() => checkBodyHeaders(headers({ 'content-type': type, 'content-length': '2' }))).toThrow(
      expect.objectContaining({ code: 'unsupported-media-type' }),
    );
  });

  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'Application/JSON;charset="UTF-8"',
    'application/merge-patch+json',
  ])('accepts %j', (type) => {
    expect(checkBodyHeaders(headers({ 'content-type': type, 'content-length': '2' }))).toEqual({ hasBody: true });
  });

  it('answers 413 from Content-Length alone, before any byte is read', () => {
    expect(() =>
      checkBodyHeaders(headers({ 'content-type': 'application/json', 'content-length': String(200 * 1024 * 1024) })),
    ).toThrow(expect.objectContaining({ code: 'payload-too-large' }));
    expect(
      checkBodyHeaders(headers({ 'content-type': 'application/json', 'content-length': String(MAX_BODY_BYTES) })),
    ).toEqual({ hasBody: true });
  });

  it('answers 400 naming Content-Length when it is not a number', () => {
    expect(() => checkBodyHeaders(headers({ 'content-type': 'application/json', 'content-length': '12abc' }))).toThrow(
      expect.objectContaining({
        code: 'invalid-input',
        details: { errors: [expect.objectContaining({ field: 'Content-Length' })] },
      }),
    );
  });

  it('needs no content type when no body is announced (GET, DELETE)', () => {
    expect(checkBodyHeaders(headers({}))).toEqual({ hasBody: false });
    expect(checkBodyHeaders(headers({ 'content-length': '0', 'content-type': 'text/plain' }))).toEqual({
      hasBody: false,
    });
  });
});

describe('readBodyText', () => {
  it('stops an endless web stream just past the limit and cancels it', async () => {
    const { stream, seen } = endlessWebStream();
    expect(await failure(readBodyText(stream as unknown as BodySource))).toMatchObject({ code: 'payload-too-large' });
    expect(seen.cancelled).toBe(true);
    // The stream may run one chunk ahead of the reader, never more than a couple.
    expect(seen.pulled).toBeLessThanOrEqual(MAX_BODY_BYTES + 3 * CHUNK);
  });

  it('stops an endless Node stream and destroys it', async () => {
    let produced = 0;
    const node = new Readable({
      read() {
        produced += CHUNK;
        this.push(Buffer.alloc(CHUNK, 0x61));
      },
    });
    expect(await failure(readBodyText(node))).toMatchObject({ code: 'payload-too-large' });
    expect(node.destroyed).toBe(true);
    expect(produced).toBeLessThanOrEqual(MAX_BODY_BYTES + 5 * CHUNK);
  });

  it('counts bytes, not UTF-16 units: 131,073 two-byte characters are over 256 KB', async () => {
    const text = 'é'.repeat(131_073);
    expect(text.length).toBeLessThan(MAX_BODY_BYTES);
    expect(await failure(readBodyText(Readable.from([Buffer.from(text)])))).toMatchObject({
      code: 'payload-too-large',
    });
    expect(await readBodyText(Readable.from([Buffer.from('é'.repeat(131_072))]))).toHaveLength(131_072);
  });

  it('decodes a character split across chunks and refuses invalid UTF-8 with a 400', async () => {
    const euro = Buffer.from('€');
    expect(await readBodyText(Readable.from([euro.subarray(0, 1), euro.subarray(1)]))).toBe('€');
    expect(await failure(readBodyText(Readable.from([Buffer.from([0x7b, 0xff, 0x7d])])))).toMatchObject({
      code: 'invalid-input',
    });
  });
});

describe('readJsonBody', () => {
  const json = (body: string) => ({
    headers: headers({ 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }),
    body: Readable.from([Buffer.from(body)]),
  });

  it('parses JSON, answers undefined without a body and 400 for broken JSON', async () => {
    expect(await readJsonBody(json('{"title":"Plan"}'))).toEqual({ title: 'Plan' });
    expect(await readJsonBody({ headers: headers({}), body: null })).toBeUndefined();
    expect(await failure(readJsonBody(json('{"title":')))).toMatchObject({
      code: 'invalid-input',
      details: { errors: [{ field: 'body', reason: 'must be valid JSON' }] },
    });
  });

  it('over real HTTP: a chunked 200 MB upload is refused after reading about 256 KB', async () => {
    let received = 0;
    const server = createServer((req, res) => {
      req.on('data', (c: Buffer) => (received += c.length));
      readJsonBody({ headers: new Headers(req.headers as Record<string, string>), body: req }).then(
        () => res.writeHead(200).end(),
        (e: { code: string }) => {
          res.writeHead(e.code === 'payload-too-large' ? 413 : 500, { connection: 'close' }).end();
        },
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    let sent = 0;
    const upload = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 200 * 1024 * 1024) return controller.close();
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: upload,
      duplex: 'half',
    } as RequestInit).catch(() => undefined);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    // The server answers 413 and closes mid-upload; the client sees that status or a reset socket.
    expect([413, 'reset']).toContain(response?.status ?? 'reset');
    expect(received).toBeLessThan(4 * 1024 * 1024);
    expect(sent).toBeLessThan(200 * 1024 * 1024);
  });
});
