import type { TransactionAction } from '@azure/data-tables';
import type { Random } from '../../dev/demo-tenant/prng';
import type { TenantUser } from '../../dev/demo-tenant/tenant-schema';
import { seedWorkingHours } from '../../functions/src/adapters/table-preferences';
import { sharedPartition } from '../../functions/src/adapters/table-rows';
import type { ReminderDueIndex } from '../../functions/src/ports/reminder-due-index';
import type { RelationshipSnapshot } from '../../functions/src/ports/reminder-source';
import { projectionOf } from '../../functions/src/jobs/reminder-projection';
import { factsOf, timelineOf } from '../../functions/src/jobs/reminder-facts';
import { inParallel } from '../../functions/src/concurrency/in-parallel';
import { newItemId } from '../../functions/src/relationships/relationship-ids';
import type { Tables } from '../../functions/src/storage/tables';
import { cadenceValues } from '../../shared/discovery/cadence';
import { nextCheckAt } from '../../shared/reminders/next-check';
import { defaultPreferences } from '../../shared/reminders/preferences-schema';
import type { Relationship } from '../../shared/relationships/relationship-schemas';
import type { WorkingHours } from '../../shared/scheduling/slot-finder-input';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * One synthetic relationship as the store keeps it: its partition's rows, when it is next due, and
 * the snapshot the indexer would put on its due row.
 */
export interface SyntheticRelationship {
  relationship: Relationship;
  rows: TransactionAction[];
  dueAt: number | null;
  snapshot: RelationshipSnapshot;
}

/** The working hours the job would cache from a person's mailbox settings. */
export function hoursOf(user: TenantUser): WorkingHours {
  return { ...user.workingHours, timeZone: user.timeZone };
}

/**
 * `count` relationships between random people of `users`, as of the last pass (`lastPass`):
 * cadences of 2–12 weeks, last met up to ten days past the cadence (so some are overdue), 30 %
 * with a planned meeting in the next 20 days, 5 % paused, 0–3 open commitments. Each gets its due
 * time from the same rule the indexer uses.
 */
export function syntheticRelationships(
  tenantId: string,
  users: readonly TenantUser[],
  count: number,
  lastPass: number,
  random: Random,
): SyntheticRelationship[] {
  const byId = new Map(users.map((u) => [u.id, u]));
  const out: SyntheticRelationship[] = [];
  for (let r = 0; r < count; r++) {
    const a = random.int(0, users.length - 1);
    let b = random.int(0, users.length - 2);
    if (b >= a) b += 1;
    const members: [string, string] = [users[a]!.id, users[b]!.id];
    const cadenceWeeks = random.pick(cadenceValues);
    const lastMet = lastPass - random.int(1, cadenceWeeks * 7 + 10) * DAY + random.int(8, 16) * HOUR;
    const planned = random.chance(0.3) ? lastPass + random.int(1, 20) * DAY - random.int(0, 8) * HOUR : null;
    const relationship: Relationship = {
      id: `r${String(r).padStart(21, '0')}`,
      members,
      initiatedBy: members[0],
      status: random.chance(0.05) ? 'paused' : 'active',
      goal: random.pick(['rapport', 'barriers', 'workload', 'ideas', 'problem'] as const),
      cadenceWeeks,
      format: 'video',
      lastMetAt: new Date(lastMet).toISOString(),
      ...(planned !== null ? { nextMeetingAt: new Date(planned).toISOString() } : {}),
      createdAt: '2026-01-05T10:00:00Z',
      version: 1,
    };
    if (relationship.status === 'paused') relationship.pausedUntil = '2026-12-31';
    const pk = sharedPartition(tenantId, relationship.id);
    const rows: TransactionAction[] = [
      ['create', { partitionKey: pk, rowKey: 'meta', json: JSON.stringify(relationship) }],
    ];
    const meetings =
      planned === null
        ? []
        : [
            {
              id: newItemId(planned),
              start: new Date(planned).toISOString(),
              end: new Date(planned + 30 * 60_000).toISOString(),
              held: false,
            },
          ];
    for (const m of meetings)
      rows.push(['create', { partitionKey: pk, rowKey: `meeting~${m.id}`, json: JSON.stringify(m) }]);
    const commitments = Array.from({ length: random.int(0, 3) }, (_, c) => ({
      id: newItemId(lastMet + c),
      text: `Follow up ${c}`,
      owner: members[c % 2]!,
      status: 'open' as const,
      createdBy: members[0],
      createdAt: new Date(lastMet + c).toISOString(),
    }));
    for (const item of commitments)
      rows.push(['create', { partitionKey: pk, rowKey: `commitment~${item.id}`, json: JSON.stringify(item) }]);
    const snapshot: RelationshipSnapshot = { relationship, agenda: [], commitments, meetings, prompts: [] };
    const dueAt = nextCheckAt({
      now: lastPass,
      facts: factsOf(snapshot),
      timeline: timelineOf(snapshot, lastPass),
      settingsOf: (id) => ({ preferences: defaultPreferences.reminders, workingHours: hoursOf(byId.get(id)!) }),
    });
    out.push({ relationship, rows, dueAt, snapshot });
  }
  return out;
}

export interface SeedTimings {
  relationshipsMs: number;
  dueIndexMs: number;
  hoursMs: number;
}

/**
 * Stores what one pass can read, in batch transactions: each relationship's partition in one
 * transaction (many in flight), the due index and the members' cached working hours in 100-row
 * transactions per partition (the adapters' own bulk loaders). Relationships not due by `passAt`
 * are left out: the pass never reads them, and a write-heavy emulator would only slow the seeding.
 */
export async function seedForPass(
  tables: Tables,
  dueIndex: ReminderDueIndex,
  tenantId: string,
  due: readonly SyntheticRelationship[],
  users: ReadonlyMap<string, TenantUser>,
  hoursAt: number,
): Promise<SeedTimings> {
  const started = performance.now();
  const relationships = tables.client('Relationships');
  await inParallel(due, 32, (r) => relationships.submitTransaction(r.rows));
  const stored = performance.now();
  await dueIndex.seed(
    tenantId,
    // What the indexer writes on each relationship change: the rules' snapshot rides on the row.
    due.map((r) => ({ relationshipId: r.relationship.id, dueAt: r.dueAt!, snapshot: projectionOf(r.snapshot) })),
  );
  const indexed = performance.now();
  const members = new Set(due.flatMap((r) => r.relationship.members));
  await seedWorkingHours(
    tables,
    tenantId,
    [...members].map((id) => ({ userId: id, hours: hoursOf(users.get(id)!) })),
    hoursAt,
  );
  return { relationshipsMs: stored - started, dueIndexMs: indexed - stored, hoursMs: performance.now() - indexed };
}
