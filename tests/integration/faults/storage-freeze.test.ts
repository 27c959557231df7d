import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedPair, startFaultStack, type CallResult, type FaultStack } from './fault-stack';

const DEADLINE_MS = 1_000;
// The deadline plus time for the dev host, the token check and a loaded machine.
const ANSWER_WITHIN_MS = DEADLINE_MS + 1_500;
const WRITERS = 8;

let stack: FaultStack;
let pair: Awaited<ReturnType<typeof acceptedPair>>;
beforeAll(async () => {
  stack = await startFaultStack({ limits: { storageDeadlineMs: DEADLINE_MS } });
  pair = await acceptedPair(stack);
});
afterAll(async () => {
  stack?.resumeStorage();
  await stack?.close();
});

describe('storage frozen under load (SIGSTOP on Azurite)', () => {
  it('answers clear 503s within the deadline, loses no acknowledged write and duplicates none', async () => {
    const path = `/relationships/${pair.id}/agenda`;
    const acknowledged = new Map<string, string>(); // text -> id
    const duringFreeze: CallResult[] = [];
    let frozen = false;
    let stop = false;
    let sent = 0;
    const writer = async (w: number) => {
      while (!stop) {
        const text = `w${w} #${(sent += 1)}`;
        const wasFrozen = frozen;
        const answer = await stack.call(w % 2 ? pair.alice : pair.bob, 'POST', path, { text });
        if (answer.status === 201) acknowledged.set(text, answer.json.id as string);
        if (wasFrozen && frozen) duringFreeze.push(answer);
        else if (answer.status !== 201 && answer.status !== 503) throw new Error(`unexpected ${answer.status}`);
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
    const waitUntil = async (done: () => boolean) => {
      while (!done()) await new Promise((resolve) => setImmediate(resolve));
    };
    await waitUntil(() => acknowledged.size >= 20);
    stack.pauseStorage();
    frozen = true;
    try {
      await waitUntil(() => duringFreeze.length >= WRITERS * 2);
    } finally {
      frozen = false;
      stack.resumeStorage();
    }
    const afterResume = acknowledged.size;
    await waitUntil(() => acknowledged.size >= afterResume + 20);
    stop = true;
    await Promise.all(writers);

    expect(duringFreeze.length).toBeGreaterThanOrEqual(WRITERS * 2);
    for (const answer of duringFreeze) {
      expect(answer.status).toBe(503);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.json).toMatchObject({ code: 'dependency-unavailable', dependency: 'storage' });
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(answer.ms).toBeLessThan(ANSWER_WITHIN_MS);
    }

    const stored = await stack.call(pair.alice, 'GET', path);
    const items = stored.json.items as Array<{ id: string; text: string }>;
    const texts = items.map((i) => i.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const ids = new Set(items.map((i) => i.id));
    const lost = [...acknowledged].filter(([, id]) => !ids.has(id));
    expect(lost).toEqual([]);
  }, 60_000);
});
