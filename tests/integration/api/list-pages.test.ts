import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedPair, startFaultStack, type FaultStack } from '../faults/fault-stack';

let stack: FaultStack;
let pair: Awaited<ReturnType<typeof acceptedPair>>;
beforeAll(async () => {
  stack = await startFaultStack();
  pair = await acceptedPair(stack);
  for (let i = 0; i < 7; i += 1) {
    const added = await stack.call(pair.alice, 'POST', `/relationships/${pair.id}/agenda`, { text: `Topic ${i}` });
    if (added.status !== 201) throw new Error(`add answered ${added.status}`);
  }
}, 60_000);
afterAll(() => stack?.close());

const agenda = (query = '') => `/relationships/${pair.id}/agenda${query}`;

describe('list routes are paged with ?cursor=', () => {
  it('cuts a list into pages of ?limit= and the cursors walk it whole, in order, once', async () => {
    const whole = await stack.call(pair.bob, 'GET', agenda());
    expect(whole.json.items).toHaveLength(7);
    expect(whole.json.nextCursor).toBeUndefined();

    const seen: string[] = [];
    let cursor: string | undefined;
    const sizes: number[] = [];
    do {
      const page = await stack.call(
        pair.bob,
        'GET',
        agenda(`?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
      );
      expect(page.status).toBe(200);
      // Every page carries the collection's tag, so a poll of any page sees a change anywhere.
      expect(page.etag).toBe(whole.etag);
      sizes.push(page.json.items.length);
      seen.push(...page.json.items.map((item: { id: string }) => item.id));
      cursor = page.json.nextCursor;
    } while (cursor);
    expect(sizes).toEqual([3, 3, 1]);
    expect(seen).toEqual(whole.json.items.map((item: { id: string }) => item.id));
  });

  it('resumes after the same item when the list changed between pages', async () => {
    const first = await stack.call(pair.bob, 'GET', agenda('?limit=2'));
    const [gone] = first.json.items as Array<{ id: string; etag: string }>;
    const removed = await stack.call(pair.alice, 'DELETE', agenda(`/${gone!.id}`), undefined, {
      'If-Match': gone!.etag,
    });
    expect(removed.status).toBe(204);
    const next = await stack.call(pair.bob, 'GET', agenda(`?limit=2&cursor=${first.json.nextCursor}`));
    const now = await stack.call(pair.bob, 'GET', agenda());
    const after = now.json.items.findIndex((item: { id: string }) => item.id === first.json.items[1].id);
    expect(next.json.items.map((item: { id: string }) => item.id)).toEqual(
      now.json.items.slice(after + 1, after + 3).map((item: { id: string }) => item.id),
    );
  });

  it('refuses a made-up cursor and an unbounded or zero limit with 400 naming the field', async () => {
    for (const [query, field] of [
      ['?cursor=garbage', 'cursor'],
      ['?cursor=1.%2F..%2F', 'cursor'],
      ['?limit=0', 'limit'],
      ['?limit=100000', 'limit'],
      ['?limit=abc', 'limit'],
    ] as const) {
      const answer = await stack.call(pair.bob, 'GET', agenda(query));
      expect(answer.status, query).toBe(400);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(JSON.stringify(answer.json.errors)).toContain(field);
    }
  });

  it('pages the relationship list too', async () => {
    const page = await stack.call(pair.alice, 'GET', '/relationships?limit=1');
    expect(page.status).toBe(200);
    expect(page.json.relationships).toHaveLength(1);
    expect(page.json.nextCursor).toBeUndefined();
  });
});

describe('list routes answer 304 to a matching If-None-Match', () => {
  it('costs a bodiless 304 while unchanged, and 200 with a new tag after a write', async () => {
    for (const path of [agenda(), `/relationships/${pair.id}/commitments`, '/relationships']) {
      const first = await stack.call(pair.bob, 'GET', path);
      expect(first.etag, path).toBeTruthy();
      const same = await stack.call(pair.bob, 'GET', path, undefined, { 'If-None-Match': first.etag! });
      expect(same.status, path).toBe(304);
      expect(same.json).toBeUndefined();
      expect(same.etag).toBe(first.etag);
      const other = await stack.call(pair.bob, 'GET', path, undefined, { 'If-None-Match': '"something-else"' });
      expect(other.status, path).toBe(200);
    }
    const before = await stack.call(pair.bob, 'GET', agenda());
    await stack.call(pair.alice, 'POST', agenda(), { text: 'One more' });
    const after = await stack.call(pair.bob, 'GET', agenda(), undefined, { 'If-None-Match': before.etag! });
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(before.etag);
    expect(after.json.items.map((item: { text: string }) => item.text)).toContain('One more');
  });

  it('tags what is read, not only stored versions: a new commitment moves the tab list tag (its counts)', async () => {
    const before = await stack.call(pair.alice, 'GET', '/relationships');
    const added = await stack.call(pair.bob, 'POST', `/relationships/${pair.id}/commitments`, {
      text: 'Send the notes',
      owner: pair.alice.id,
    });
    expect(added.status).toBe(201);
    const after = await stack.call(pair.alice, 'GET', '/relationships', undefined, { 'If-None-Match': before.etag! });
    expect(after.status).toBe(200);
    const row = after.json.relationships.find((r: { id: string }) => r.id === pair.id);
    expect(row.openCommitments.mine).toBe(
      before.json.relationships.find((r: { id: string }) => r.id === pair.id).openCommitments.mine + 1,
    );
  });

  it('never answers 304 to an outsider: the membership check comes first', async () => {
    const first = await stack.call(pair.bob, 'GET', agenda());
    const outsider = stack.users.find((u) => u.id !== pair.alice.id && u.id !== pair.bob.id)!;
    const probe = await stack.call(outsider, 'GET', agenda(), undefined, { 'If-None-Match': first.etag! });
    expect(probe.status).toBe(404);
  });
});
