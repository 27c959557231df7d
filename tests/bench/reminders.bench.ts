import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TransactionAction } from '@azure/data-tables';
import { startAzuriteTables } from '../../dev/azurite';
import { createRandom } from '../../dev/demo-tenant/prng';
import { freePort } from '../../dev/free-port';
import { createTablePreferencesStore, seedWorkingHours } from '../../functions/src/adapters/table-preferences';
import { createTableReminderDueIndex } from '../../functions/src/adapters/table-reminder-due-index';
import { createTableReminderLedger } from '../../functions/src/adapters/table-reminder-ledger';
import { createTableReminderSource } from '../../functions/src/adapters/table-reminder-source';
import { createTableTenantRegistry } from '../../functions/src/adapters/table-tenant-registry';
import { factsOf, timelineOf } from '../../functions/src/jobs/reminder-facts';
import { runRemindersPass } from '../../functions/src/jobs/reminders-job';
import type { ReminderNotifier } from '../../functions/src/ports/reminder-notifier';
import { newItemId } from '../../functions/src/relationships/relationship-ids';
import { azuriteConnectionString, createTables, TABLE_NAMES } from '../../functions/src/storage/tables';
import { cadenceValues } from '../../shared/discovery/cadence';
import { defaultPreferences } from '../../shared/reminders/preferences-schema';
import { nextCheckAt } from '../../shared/reminders/next-check';
import type { Relationship } from '../../shared/relationships/relationship-schemas';
import type { WorkingHours } from '../../shared/scheduling/slot-finder-input';

/**
 * One hourly reminders pass over a synthetic tenant of 100,000 people and 50,000 relationships on
 * Azurite. The last pass ran Friday 17:00 UTC; this one is Monday 09:05 UTC, so it meets the
 * weekend's backlog. People work in six zones, so some are in working hours and some are held.
 */
const PEOPLE = 100_000;
const RELATIONSHIPS = 50_000;
const TENANT = 'bench-tenant';
const LAST_PASS = Date.parse('2026-12-04T17:00:00Z');
const PASS_AT = Date.parse('2026-12-07T09:05:00Z');
const DAY = 86_400_000;
const ZONES = [
  'GMT Standard Time',
  'W. Europe Standard Time',
  'Eastern Standard Time',
  'Pacific Standard Time',
  'Tokyo Standard Time',
  'India Standard Time',
];

export default async function run(): Promise<void> {
  const location = mkdtempSync(join(tmpdir(), 'reminders-bench-'));
  // In memory: Azurite's autosave rewrites its whole database file as it grows, which made seeding
  // 100,000 people take many minutes on a loaded machine; the pass itself is the same either way.
  const azurite = await startAzuriteTables({ port: await freePort(), location, inMemory: true });
  try {
    const tables = createTables(azuriteConnectionString(azurite.port));
    await tables.ready();
    const reads = countReads(tables);
    const random = createRandom(16);
    const hoursOf = (i: number): WorkingHours => ({
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '09:00',
      endTime: '17:00',
      timeZone: ZONES[i % ZONES.length]!,
    });

    const seedStarted = performance.now();
    await seedWorkingHours(
      tables,
      TENANT,
      Array.from({ length: PEOPLE }, (_, i) => ({ userId: `user-${i}`, hours: hoursOf(i) })),
      LAST_PASS,
    );
    const index: Array<{ relationshipId: string; dueAt: number }> = [];
    const partitions: TransactionAction[][] = [];
    for (let r = 0; r < RELATIONSHIPS; r++) {
      const a = random.int(0, PEOPLE - 1);
      let b = random.int(0, PEOPLE - 2);
      if (b >= a) b += 1;
      const cadenceWeeks = random.pick(cadenceValues);
      const lastMet = LAST_PASS - random.int(1, cadenceWeeks * 7 + 10) * DAY + random.int(8, 16) * 3_600_000;
      const planned = random.chance(0.3) ? LAST_PASS + random.int(1, 20) * DAY - random.int(0, 8) * 3_600_000 : null;
      const relationship: Relationship = {
        id: `r${String(r).padStart(21, '0')}`,
        members: [`user-${a}`, `user-${b}`],
        initiatedBy: `user-${a}`,
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
      const pk = `${TENANT}~${relationship.id}`;
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
                end: new Date(planned + 1_800_000).toISOString(),
                held: false,
              },
            ];
      for (const m of meetings)
        rows.push(['create', { partitionKey: pk, rowKey: `meeting~${m.id}`, json: JSON.stringify(m) }]);
      for (let c = 0; c < random.int(0, 3); c++) {
        const item = {
          id: newItemId(lastMet + c),
          text: `Follow up ${c}`,
          owner: relationship.members[c % 2],
          status: 'open',
          createdBy: relationship.members[0],
          createdAt: new Date(lastMet + c).toISOString(),
        };
        rows.push(['create', { partitionKey: pk, rowKey: `commitment~${item.id}`, json: JSON.stringify(item) }]);
      }
      const snapshot = { relationship, agenda: [], commitments: [], meetings, prompts: [] };
      const at = nextCheckAt({
        now: LAST_PASS,
        facts: factsOf(snapshot),
        timeline: timelineOf(snapshot, LAST_PASS),
        settingsOf: (id) => ({ preferences: defaultPreferences.reminders, workingHours: hoursOf(Number(id.slice(5))) }),
      });
      // Only what this pass can read is stored (relationships due by now, their members' hours):
      // the job never touches the rest, and seeding 50,000 one-row partitions takes minutes here.
      if (at !== null && at <= PASS_AT) {
        index.push({ relationshipId: relationship.id, dueAt: at });
        partitions.push(rows);
      }
    }
    const hoursSeeded = performance.now();
    // Each relationship is its own partition, so one transaction each, many in flight at once;
    // the due index goes in 100-row transactions per partition alongside.
    let next = 0;
    const relationships = tables.client('Relationships');
    const dueIndex = createTableReminderDueIndex(tables);
    await Promise.all([
      ...Array.from({ length: 48 }, async () => {
        while (next < partitions.length) await relationships.submitTransaction(partitions[next++]!);
      }),
      dueIndex.seed(TENANT, index),
    ]);
    const tenants = createTableTenantRegistry(tables);
    await tenants.registerTenant(TENANT, LAST_PASS);
    console.log(
      `  seeding: working hours of ${PEOPLE.toLocaleString('en')} people and generation ${((hoursSeeded - seedStarted) / 1000).toFixed(1)} s; relationships and due index ${((performance.now() - hoursSeeded) / 1000).toFixed(1)} s`,
    );
    console.log(
      `  seeded ${PEOPLE.toLocaleString('en')} people, ${RELATIONSHIPS.toLocaleString('en')} relationships (${index.length.toLocaleString('en')} due by the pass: their rows and index stored) in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`,
    );

    let graphCalls = 0;
    const notifier: ReminderNotifier = {
      async sendBulk(_tenant, notification) {
        graphCalls += 1;
        if (notification.recipients.length > 100) throw new Error('more than 100 recipients in one call');
        return { undeliverable: [] };
      },
    };
    const before = { all: tables.requestCount(), reads: reads.count };
    const started = performance.now();
    let nowMs = PASS_AT;
    const summary = await runRemindersPass({
      clock: { now: () => new Date(nowMs + (performance.now() - started)) },
      tenants,
      dueIndex,
      source: createTableReminderSource(tables),
      preferences: createTablePreferencesStore(tables),
      ledger: createTableReminderLedger(tables),
      notifier,
      teamsAppId: 'bench-app',
    });
    const seconds = (performance.now() - started) / 1000;
    const due = summary.dueRelationships;
    const transactions = tables.requestCount() - before.all;
    const readCount = reads.count - before.reads;
    const reminders = summary.sent + summary.undeliverable;
    console.log(`  one hourly pass (Monday 09:05 UTC after a weekend): ${seconds.toFixed(1)} s (goal < 60 s)`);
    console.log(
      `  due relationships ${due}; reminders sent ${summary.sent}, held ${summary.held}, dropped ${summary.dropped}, skipped ${summary.skipped}`,
    );
    console.log(
      `  storage: ${(readCount / due).toFixed(2)} reads per due relationship (goal ≤ 2), ${(transactions / due).toFixed(2)} transactions in all per due relationship`,
    );
    console.log(
      `  Graph: ${graphCalls} bulk calls, ${((graphCalls / Math.max(reminders, 1)) * 100).toFixed(2)} requests per 100 reminders (goal ≤ 1.1), paced at 2/s`,
    );
    nowMs = PASS_AT + 3_600_000;
    const rerunStarted = performance.now();
    const rerun = await runRemindersPass({
      clock: { now: () => new Date(nowMs) },
      tenants,
      dueIndex,
      source: createTableReminderSource(tables),
      preferences: createTablePreferencesStore(tables),
      ledger: createTableReminderLedger(tables),
      notifier,
      teamsAppId: 'bench-app',
    });
    console.log(
      `  next hour's pass: ${((performance.now() - rerunStarted) / 1000).toFixed(1)} s, ${rerun.dueRelationships} due, ${rerun.sent} sent`,
    );
  } finally {
    await azurite.close();
    rmSync(location, { recursive: true, force: true });
  }
}

/** Reads are GETs (point reads and queries); everything else is a write. */
function countReads(tables: ReturnType<typeof createTables>) {
  const counter = { count: 0 };
  for (const name of TABLE_NAMES) {
    tables.client(name).pipeline.addPolicy({
      name: 'countReads',
      sendRequest: (request, next) => {
        if (request.method === 'GET') counter.count += 1;
        return next(request);
      },
    });
  }
  return counter;
}
