import type { TransactionAction } from '@azure/data-tables';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_OPEN_AGENDA_ITEMS } from '../../../shared/relationships/agenda-rules';
import { MAX_OPEN_COMMITMENTS } from '../../../shared/relationships/commitment-rules';
import { sharedPartition } from '../../../functions/src/adapters/table-rows';
import { newItemId } from '../../../functions/src/relationships/relationship-ids';
import { acceptedPair, startFaultStack, type FaultStack } from '../faults/fault-stack';

let stack: FaultStack;
let pair: Awaited<ReturnType<typeof acceptedPair>>;
beforeAll(async () => {
  stack = await startFaultStack();
  pair = await acceptedPair(stack);
}, 60_000);
afterAll(() => stack?.close());

/** Rows written straight into the relationship's partition, 100 per transaction (seeding near a cap). */
async function seed(kind: 'agenda' | 'commitment', rows: Array<Record<string, unknown> & { id: string }>) {
  const client = stack.root.tables.client('Relationships');
  const partitionKey = sharedPartition(stack.tenant.tenantId, pair.id);
  for (let i = 0; i < rows.length; i += 100) {
    const batch = rows
      .slice(i, i + 100)
      .map((row): TransactionAction => [
        'create',
        { partitionKey, rowKey: `${kind}~${row.id}`, json: JSON.stringify(row) },
      ]);
    await client.submitTransaction(batch);
  }
}

const ids = (n: number, start: number) => Array.from({ length: n }, (_, i) => newItemId(start + i));

describe('open-item caps hold under parallel adds', () => {
  it(`keeps at most ${MAX_OPEN_COMMITMENTS} open commitments when 50 creates race from ${MAX_OPEN_COMMITMENTS - 10}`, async () => {
    const createdAt = new Date().toISOString();
    await seed(
      'commitment',
      ids(MAX_OPEN_COMMITMENTS - 10, Date.now() - 1_000_000).map((id, i) => ({
        id,
        text: `Seeded ${i}`,
        owner: pair.alice.id,
        status: 'open',
        createdBy: pair.alice.id,
        createdAt,
      })),
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
    const base = Date.now() - 2_000_000;
    await seed(
      'agenda',
      ids(MAX_OPEN_AGENDA_ITEMS - 5 + 30, base).map((id, i) => ({
        id,
        text: `Seeded ${i}`,
        addedBy: pair.alice.id,
        discussed: i < 30,
        order: base + i,
      })),
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
