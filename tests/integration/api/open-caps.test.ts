import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_OPEN_AGENDA_ITEMS } from '../../../shared/relationships/agenda-rules';
import { MAX_OPEN_COMMITMENTS } from '../../../shared/relationships/commitment-rules';
import { acceptedPair, startFaultStack, type FaultStack } from '../faults/fault-stack';

let stack: FaultStack;
let pair: Awaited<ReturnType<typeof acceptedPair>>;
beforeAll(async () => {
  stack = await startFaultStack();
  pair = await acceptedPair(stack);
}, 60_000);
afterAll(() => stack?.close());

/**
 * Items added through the API, ten at a time, so each holds its open slot as a real add does
 * (seeding near a cap). Returns the created rows.
 */
async function seed(kind: 'agenda' | 'commitments', bodies: Array<Record<string, unknown>>) {
  const created: Array<{ id: string; etag: string }> = [];
  for (let i = 0; i < bodies.length; i += 10) {
    const answers = await Promise.all(
      bodies.slice(i, i + 10).map((body) => stack.call(pair.alice, 'POST', `/relationships/${pair.id}/${kind}`, body)),
    );
    for (const a of answers) {
      expect(a.status, JSON.stringify(a.json)).toBe(201);
      created.push({ id: (a.json as { id: string }).id, etag: a.etag ?? '' });
    }
  }
  return created;
}

describe('open-item caps hold under parallel adds', () => {
  it(`keeps at most ${MAX_OPEN_COMMITMENTS} open commitments when 50 creates race from ${MAX_OPEN_COMMITMENTS - 10}`, async () => {
    await seed(
      'commitments',
      Array.from({ length: MAX_OPEN_COMMITMENTS - 10 }, (_, i) => ({ text: `Seeded ${i}`, owner: pair.alice.id })),
    );
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        stack.call(i % 2 ? pair.alice : pair.bob, 'POST', `/relationships/${pair.id}/commitments`, {
          text: `Racing ${i}`,
          owner: pair.alice.id,
        }),
      ),
    );
    expect(answers.every((a) => a.status === 201 || a.status === 409 || a.status === 400)).toBe(true);
    const accepted = answers.filter((a) => a.status === 201);
    const listed = await stack.call(pair.bob, 'GET', `/relationships/${pair.id}/commitments?limit=500`);
    const all = [...listed.json.commitments];
    let cursor = listed.json.nextCursor as string | undefined;
    while (cursor) {
      const next = await stack.call(
        pair.bob,
        'GET',
        `/relationships/${pair.id}/commitments?limit=500&cursor=${cursor}`,
      );
      all.push(...next.json.commitments);
      cursor = next.json.nextCursor;
    }
    const open = all.filter((c: { status: string }) => c.status === 'open');
    expect(open.length).toBeLessThanOrEqual(MAX_OPEN_COMMITMENTS);
    expect(accepted.length).toBeGreaterThan(0);
    // Every acknowledged create is stored; every refused one left nothing behind.
    const stored = new Set(all.map((c: { text: string }) => c.text));
    for (const a of accepted) expect(stored.has(a.json.text)).toBe(true);
    expect(open.length).toBe(MAX_OPEN_COMMITMENTS - 10 + accepted.length);
    const refused = answers.find((a) => a.status === 409);
    expect(refused?.json).toMatchObject({ code: 'limit-reached' });
  }, 120_000);

  it(`keeps at most ${MAX_OPEN_AGENDA_ITEMS} open agenda items when 50 adds race; discussed items do not count`, async () => {
    // Thirty discussed items first: they no longer count against the cap.
    const discussed = await seed(
      'agenda',
      Array.from({ length: 30 }, (_, i) => ({ text: `Discussed ${i}` })),
    );
    for (const item of discussed) {
      const patched = await stack.call(
        pair.alice,
        'PATCH',
        `/relationships/${pair.id}/agenda/${item.id}`,
        { discussed: true },
        { 'If-Match': item.etag },
      );
      expect(patched.status).toBe(200);
    }
    await seed(
      'agenda',
      Array.from({ length: MAX_OPEN_AGENDA_ITEMS - 5 }, (_, i) => ({ text: `Seeded ${i}` })),
    );
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        stack.call(i % 2 ? pair.alice : pair.bob, 'POST', `/relationships/${pair.id}/agenda`, { text: `Racing ${i}` }),
      ),
    );
    expect(answers.every((a) => a.status === 201 || a.status === 409)).toBe(true);
    const accepted = answers.filter((a) => a.status === 201);
    const listed = await stack.call(pair.bob, 'GET', `/relationships/${pair.id}/agenda?limit=500`);
    const open = listed.json.items.filter((item: { discussed: boolean }) => !item.discussed);
    expect(open.length).toBeLessThanOrEqual(MAX_OPEN_AGENDA_ITEMS);
    expect(accepted.length).toBeGreaterThan(0);
    expect(open.length).toBe(MAX_OPEN_AGENDA_ITEMS - 5 + accepted.length);

    // At the cap (filled up if the race left room), one more add is refused naming the field.
    for (let n = open.length; n < MAX_OPEN_AGENDA_ITEMS; n += 1) {
      const filled = await stack.call(pair.alice, 'POST', `/relationships/${pair.id}/agenda`, { text: `Fill ${n}` });
      expect(filled.status).toBe(201);
    }
    const over = await stack.call(pair.alice, 'POST', `/relationships/${pair.id}/agenda`, { text: 'One too many' });
    expect(over.status).toBe(409);
    expect(over.json).toMatchObject({ code: 'limit-reached', errors: [{ field: 'text' }] });
    const after = await stack.call(pair.bob, 'GET', `/relationships/${pair.id}/agenda?limit=500`);
    expect(after.json.items.some((item: { text: string }) => item.text === 'One too many')).toBe(false);
  }, 120_000);
});
