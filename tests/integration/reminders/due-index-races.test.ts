import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRemindersPass } from '../../../functions/src/jobs/reminders-job';
import { hourBucket, shardOf } from '../../../shared/reminders/shard';
import type { ReminderLedger } from '../../../functions/src/ports/reminder-ledger';
import { startRemindersFixture } from './reminders-fixture';

// Pairs last met on Saturday 7 November 2026 at 10:00Z, every 4 weeks: overdue from Saturday 5
// December 10:00Z, outside working hours (Monday to Friday 09:00–17:00 UTC, nobody has hours on
// file), so the pass holds them to Monday 7 December 09:00Z.
const lastMetAt = '2026-11-07T10:00:00Z';
let fx: Awaited<ReturnType<typeof startRemindersFixture>>;
const ledgerReads = { count: 0 };

beforeAll(async () => {
  fx = await startRemindersFixture('2026-11-20T10:00:00Z');
  const counter: PipelinePolicy = {
    name: 'countLedgerReads',
    sendRequest: (request, next) => {
      if (request.method === 'GET') ledgerReads.count += 1;
      return next(request);
    },
  };
  fx.tables.client('Reminders').pipeline.addPolicy(counter);
});
afterAll(async () => {
  await fx?.close();
});

const pass = async (tenant: string, deps = fx.deps) => (await runRemindersPass(deps)).byTenant[tenant]!;
const overdue = (tenant: string, recipient: string, relationshipId: string) =>
  fx.deps.ledger.get(tenant, {
    recipient,
    kind: 'peerOverdue',
    relationshipId,
    occurrence: 'overdue-20261205T1000-w0',
  });

describe('the due index under concurrent writes', () => {
  it('a write while reminders are held keeps them due: Monday morning still sends them', async () => {
    fx.setNow('2026-11-20T10:00:00Z');
    const rel = await fx.addRelationship('t-held-write', 'amy', 'bob', { lastMetAt });
    fx.setNow('2026-12-05T10:05:00Z');
    expect(await pass('t-held-write')).toMatchObject({ sent: 0, held: 2 });
    // Sunday: a change to the pair (its goal) rewrites the due row. The rules alone would next
    // look a week on; the holds keep the row at Monday 09:00.
    fx.setNow('2026-12-06T15:00:00Z');
    const current = (await fx.store.relationships.get('t-held-write', rel.id))!;
    await fx.store.relationships.replace('t-held-write', { ...current.value, goal: 'ideas' }, current.etag);
    await fx.indexer.relationshipChanged('t-held-write', rel.id);
    fx.setNow('2026-12-07T09:05:00Z');
    expect(await pass('t-held-write')).toMatchObject({ sent: 2, leftToWriters: 0 });
    expect((await overdue('t-held-write', 'amy', rel.id))?.state).toBe('sent');
    // Each move left one row per relationship behind it: the rows it moved out of are deleted.
    const rows: Array<{ rowKey?: string; gone?: boolean }> = [];
    for await (const row of fx.tables.client('ReminderDue').listEntities<{ gone?: boolean }>())
      if (row.rowKey?.endsWith(rel.id)) rows.push(row);
    expect(rows.map((r) => r.rowKey!.slice(0, 2)).sort()).toEqual(['b~', 'p~']);
    expect(rows.some((r) => r.gone === true)).toBe(false);
  });

  it('the Monday pass takes the weekend holds over by their etags, without reading the ledger', async () => {
    fx.setNow('2026-11-20T10:00:00Z');
    const people = Array.from({ length: 8 }, (_, i) => `h${i}`);
    for (let i = 0; i < people.length; i += 2)
      await fx.addRelationship('t-unread', people[i]!, people[i + 1]!, { lastMetAt });
    fx.setNow('2026-12-05T10:05:00Z');
    expect(await pass('t-unread')).toMatchObject({ sent: 0, held: 8 });
    fx.setNow('2026-12-07T09:05:00Z');
    const before = ledgerReads.count;
    expect(await pass('t-unread')).toMatchObject({ sent: 8, skipped: 0, held: 0 });
    expect(ledgerReads.count - before).toBe(0);
    expect(
      fx
        .notified('peerOverdue')
        .filter((r) => r.startsWith('h'))
        .sort(),
    ).toEqual(people);
  });

  it('a write during a pass is not moved back: the row keeps the newer placement and snapshot', async () => {
    fx.setNow('2026-11-20T10:00:00Z');
    const rel = await fx.addRelationship('t-race', 'cal', 'dee', { lastMetAt: '2026-11-02T10:00:00Z' });
    fx.setNow('2026-12-01T10:05:00Z');
    // The pause lands after the pass has read the due rows, and before it moves them (the ledger
    // claim is the moment in between).
    const ledger: ReminderLedger = {
      ...fx.deps.ledger,
      claimAll: async (...args) => {
        const current = (await fx.store.relationships.get('t-race', rel.id))!;
        await fx.store.relationships.replace(
          't-race',
          { ...current.value, status: 'paused', pausedUntil: '2026-12-31' },
          current.etag,
        );
        await fx.indexer.relationshipChanged('t-race', rel.id);
        return fx.deps.ledger.claimAll(...args);
      },
    };
    expect(await pass('t-race', { ...fx.deps, ledger })).toMatchObject({ sent: 2, leftToWriters: 1 });
    // The paused pair's row says paused and waits for the pause's end, as the write put it.
    const due = await fx.deps.dueIndex.listDue('t-race', 0, Date.parse('2027-01-02T00:00:00Z'));
    const row = due.find((e) => e.relationshipId === rel.id)!;
    expect(row.snapshot?.relationship.status).toBe('paused');
    expect(row.dueAt).toBe(Date.parse('2027-01-01T00:00:00Z'));
    expect(due.filter((e) => e.relationshipId === rel.id)).toHaveLength(1);
    // So the next overdue week sends nothing.
    fx.setNow('2026-12-08T10:05:00Z');
    expect((await pass('t-race')).sent).toBe(0);
  });

  it('a pass that dies mid-send leaves the unsettled rows where they were, to be read again', async () => {
    fx.setNow('2026-11-20T10:00:00Z');
    const rel = await fx.addRelationship('t-dies', 'eli', 'fox', { lastMetAt: '2026-11-02T10:00:00Z' });
    fx.setNow('2026-12-01T10:05:00Z');
    const ledger: ReminderLedger = {
      ...fx.deps.ledger,
      settleAll: async () => {
        throw new Error('storage went away mid-pass');
      },
    };
    await expect(pass('t-dies', { ...fx.deps, ledger })).rejects.toThrow('storage went away');
    const due = await fx.deps.dueIndex.listDue('t-dies', 0, Date.parse('2026-12-01T10:05:00Z'));
    expect(due.map((e) => e.relationshipId)).toEqual([rel.id]);
    // A later pass, after the claim has gone stale, finishes the job.
    fx.setNow('2026-12-01T11:05:00Z');
    expect(await pass('t-dies')).toMatchObject({ sent: 2 });
  });

  it('rows of the earlier layout are adopted by the next pass: their reminders still go, and the old rows go', async () => {
    fx.setNow('2026-11-20T10:00:00Z');
    const tenant = 't-legacy';
    // Stored as the earlier version left it: the relationship, and its due row in an hour-bucket
    // partition with a pointer in its own partition (no snapshot).
    const rel = await fx.addRelationship(tenant, 'gil', 'hoa', { lastMetAt: '2026-11-02T10:00:00Z' });
    const due = fx.tables.client('ReminderDue');
    await fx.deps.dueIndex.reindex(tenant, rel.id, async () => ({ dueAt: null }));
    const shard = String(shardOf(rel.id, 16)).padStart(2, '0');
    const dueAt = Date.parse('2026-11-30T10:00:00Z');
    await due.upsertEntity(
      { partitionKey: `${tenant}~b${shard}~${hourBucket(dueAt)}`, rowKey: rel.id, dueAt },
      'Replace',
    );
    await due.upsertEntity(
      { partitionKey: `${tenant}~p${shard}`, rowKey: rel.id, bucket: hourBucket(dueAt) },
      'Replace',
    );
    fx.setNow('2026-12-01T10:05:00Z');
    expect(await pass(tenant)).toMatchObject({ sent: 2, dueRelationships: 1 });
    const left: string[] = [];
    for await (const row of due.listEntities())
      if (row.partitionKey!.startsWith(`${tenant}~`)) left.push(row.partitionKey!);
    // Only today's layout is left: one partition per shard.
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((pk) => pk === `${tenant}~d${shard}`)).toBe(true);
    fx.setNow('2026-12-01T11:05:00Z');
    expect((await pass(tenant)).sent).toBe(0);
  });
});
