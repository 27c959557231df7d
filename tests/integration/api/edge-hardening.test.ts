import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineOperations } from '../../../shared/contracts/operation';
import type { RouteRow } from '../../../functions/src/http/handler';
import { acceptedPair, startFaultStack, type FaultStack } from '../faults/fault-stack';

// A route that fails unexpectedly, to see what the host logs for a 500.
const brokenOperations = defineOperations({
  brokenForTest: {
    method: 'GET',
    path: 'test/broken',
    summary: 'Always fails (test only)',
    response: z.object({}),
    success: [200],
    problems: [],
  },
});
const brokenRoute: RouteRow = {
  operation: brokenOperations.brokenForTest,
  handle: () => Promise.reject(new Error('kaboom from the broken test route')),
};

let stack: FaultStack;
let pair: Awaited<ReturnType<typeof acceptedPair>>;
beforeAll(async () => {
  stack = await startFaultStack({ extraRoutes: [brokenRoute] });
  pair = await acceptedPair(stack);
});
afterAll(() => stack?.close());

/** A raw request: announces a length without sending it all, or streams chunks without one. */
function rawRequest(options: { path: string; headers: Record<string, string>; chunks?: Buffer[] }) {
  const url = new URL(`${stack.apiUrl}/api${options.path}`);
  return new Promise<{ status: number; body: string; ms: number }>((resolve, reject) => {
    const started = performance.now();
    const req = httpRequest(url, { method: 'POST', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, ms: performance.now() - started }));
    });
    req.on('error', reject);
    for (const chunk of options.chunks ?? [Buffer.from('{"text":')]) req.write(chunk);
    if (!options.headers['Content-Length']) req.end();
  });
}

describe('bodies are checked before they are read, and before the token for anonymous callers', () => {
  it('answers 413 at once to a declared 200 MB body without a token, reading none of it', async () => {
    const answer = await rawRequest({
      path: `/relationships/${pair.id}/agenda`,
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(200 * 1024 * 1024) },
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'payload-too-large' });
    expect(answer.ms).toBeLessThan(2_000);
  });

  it('stops a chunked body at 256 KB of bytes (not UTF-16 units) with 413', async () => {
    // 100,000 three-byte characters: 300 KB of UTF-8 but only 100,000 UTF-16 units.
    const text = '€'.repeat(100_000);
    const answer = await rawRequest({
      path: `/relationships/${pair.id}/agenda`,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await stack.tokenFor(pair.alice.id)}` },
      chunks: [Buffer.from(`{"text":"${text}"}`)],
    });
    expect(answer.status).toBe(413);
  });

  it('answers 415 to text/plain, form and xml bodies, with or without a token, and stores nothing', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      for (const user of [pair.alice, undefined]) {
        const sent = await fetch(`${stack.apiUrl}/api/relationships/${pair.id}/agenda`, {
          method: 'POST',
          headers: {
            'Content-Type': type,
            ...(user ? { Authorization: `Bearer ${await stack.tokenFor(user.id)}` } : {}),
          },
          body: JSON.stringify({ text: 'smuggled' }),
        });
        expect(sent.status, type).toBe(415);
        expect(sent.headers.get('content-type')).toContain('application/problem+json');
      }
    }
    const agenda = await stack.call(pair.alice, 'GET', `/relationships/${pair.id}/agenda`);
    expect(agenda.json.items.map((i: { text: string }) => i.text)).not.toContain('smuggled');
  });
});

describe('versions everywhere', () => {
  it('refuses If-Match * and malformed tags with 400 precondition-invalid on every conditional write', async () => {
    const item = await stack.call(pair.alice, 'POST', `/relationships/${pair.id}/agenda`, { text: 'versioned' });
    const commitment = await stack.call(pair.alice, 'POST', `/relationships/${pair.id}/commitments`, {
      text: 'send notes',
      owner: pair.alice.id,
    });
    const writes: Array<[string, string, unknown]> = [
      ['PATCH', `/relationships/${pair.id}/agenda/${item.json.id}`, { text: 'overwritten' }],
      ['PATCH', `/relationships/${pair.id}/commitments/${commitment.json.id}`, { text: 'overwritten' }],
      ['PUT', `/relationships/${pair.id}/notes`, { text: 'overwritten' }],
      ['PATCH', `/relationships/${pair.id}`, { goal: 'ideas' }],
    ];
    for (const [method, path, body] of writes) {
      for (const tag of ['*', 'garbage', '0', '"a", "b"', 'W/garbage']) {
        const answer = await stack.call(pair.alice, method, path, body, { 'If-Match': tag });
        expect(answer.status, `${method} ${path} ${tag}`).toBe(400);
        expect(answer.json).toMatchObject({ code: 'precondition-invalid' });
      }
      const missing = await stack.call(pair.alice, method, path, body);
      expect(missing.status).toBe(428);
      const stale = await stack.call(pair.alice, method, path, body, { 'If-Match': '"garbage"' });
      expect(stale.status, `${method} ${path} stale`).toBe(412);
      expect(stale.etag).toBeTruthy();
    }
    const agenda = await stack.call(pair.alice, 'GET', `/relationships/${pair.id}/agenda`);
    expect(agenda.json.items.map((i: { text: string }) => i.text)).toContain('versioned');
    expect(agenda.json.items.map((i: { text: string }) => i.text)).not.toContain('overwritten');
  });

  it('gives 50 parallel meeting PATCHes with one tag exactly one winner, for ratings and no-op held too', async () => {
    const start = new Date(Date.now() - 3 * 3600_000).toISOString();
    const end = new Date(Date.now() - 2 * 3600_000).toISOString();
    const meeting = await stack.call(pair.alice, 'POST', `/relationships/${pair.id}/meetings`, { start, end });
    expect(meeting.status).toBe(201);
    let tag = meeting.etag!;
    for (const patch of [{ rating: 4 }, { held: false }]) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, () =>
          stack.call(pair.alice, 'PATCH', `/relationships/${pair.id}/meetings/${meeting.json.id}`, patch, {
            'If-Match': tag,
          }),
        ),
      );
      const statuses = answers.map((a) => a.status);
      expect(
        statuses.filter((s) => s === 200),
        JSON.stringify(patch),
      ).toHaveLength(1);
      expect(statuses.filter((s) => s === 412)).toHaveLength(49);
      tag = answers.find((a) => a.status === 200)!.etag!;
    }
  });
});

describe('hostile input gets 4xx, never 5xx', () => {
  it('answers the issue examples with 400 or 404', async () => {
    const probes: Array<[{ id: string } | undefined, string, string]> = [
      [pair.alice, 'GET', '/peers/search?q=' + encodeURIComponent('a/b\\c#d?e')],
      [pair.alice, 'GET', '/peers/search?q=a/b\\c'],
      [undefined, 'GET', '/relationships/%ZZ'],
      [pair.alice, 'DELETE', `/relationships/${pair.id}/agenda/%2500`],
      [pair.alice, 'DELETE', `/relationships/${pair.id}/agenda/${pair.id}`],
      [pair.alice, 'DELETE', `/relationships/${pair.id}/agenda/00000000-0000-0000-0000-000000000000`],
      [pair.alice, 'GET', '/relationships/00000000-0000-0000-0000-000000000000'],
    ];
    for (const [user, method, path] of probes) {
      const answer = await stack.call(user, method, path, undefined, { 'If-Match': 'W/"x"' });
      expect(answer.status, path).toBeLessThan(500);
      if (answer.status >= 400) expect(answer.headers.get('content-type'), path).toContain('application/problem+json');
    }
  });

  it('strips controls and bidi overrides, and refuses lone surrogates and text blank after cleaning', async () => {
    const added = await stack.call(pair.alice, 'POST', `/relationships/${pair.id}/agenda`, {
      text: 'pay\u0000 \u001b[31minvoice\u202Egnp.exe',
    });
    expect(added.status).toBe(201);
    expect(added.json.text).toBe('pay [31minvoicegnp.exe');
    for (const text of ['\uD800 broken', '\u0000\u202E \u0007']) {
      const refused = await stack.call(pair.alice, 'POST', `/relationships/${pair.id}/agenda`, { text });
      expect(refused.status).toBe(400);
      expect(refused.json.errors[0].field).toBe('text');
    }
    const note = await stack.call(
      pair.alice,
      'PUT',
      `/relationships/${pair.id}/notes`,
      { text: 'line one\r\nline\u202E two' },
      {
        'If-Match': (await stack.call(pair.alice, 'GET', `/relationships/${pair.id}/notes`)).etag!,
      },
    );
    expect(note.json.text).toBe('line one\nline two');
  });
});

describe('API headers and logs', () => {
  it('sends nosniff and no-store on every answer, success or problem, with or without a token', async () => {
    const answers = [
      await stack.call(pair.alice, 'GET', '/relationships'),
      await stack.call(undefined, 'GET', '/relationships'),
      await stack.call(pair.alice, 'GET', '/nothing-here'),
      await stack.call(pair.alice, 'DELETE', '/relationships'),
    ];
    for (const answer of answers) {
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('prints one line per request and the stack of a 500, never a token, body or note text', async () => {
    stack.logLines.length = 0;
    const token = await stack.tokenFor(pair.alice.id);
    const etag = (await stack.call(pair.alice, 'GET', `/relationships/${pair.id}/notes`)).etag!;
    await stack.call(
      pair.alice,
      'PUT',
      `/relationships/${pair.id}/notes`,
      { text: 'secret note words' },
      { 'If-Match': etag },
    );
    const broken = await stack.call(pair.alice, 'GET', '/test/broken');
    expect(broken.status).toBe(500);
    expect(broken.json.detail).not.toContain('kaboom');
    const text = stack.logLines.join('\n');
    expect(stack.logLines).toContain(stack.logLines.find((l) => /^GET getNotes 200 \d+ms$/.test(l)));
    expect(stack.logLines.some((l) => /^PUT putNotes 200 \d+ms$/.test(l))).toBe(true);
    expect(stack.logLines.some((l) => /^GET brokenForTest 500 \d+ms$/.test(l))).toBe(true);
    expect(text).toContain('kaboom from the broken test route');
    expect(text).toMatch(/at .*edge-hardening/);
    expect(text).not.toContain('secret note words');
    expect(text).not.toContain(token.slice(0, 20));
    expect(text).not.toContain(pair.id);
  });
});
