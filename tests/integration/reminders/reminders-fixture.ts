import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzuriteTables } from '../../../dev/azurite';
import { freePort } from '../../../dev/free-port';
import { createTablePreferencesStore } from '../../../functions/src/adapters/table-preferences';
import { createTableStore } from '../../../functions/src/adapters/table-store';
import { createTableReminderDueIndex } from '../../../functions/src/adapters/table-reminder-due-index';
import { createTableReminderLedger } from '../../../functions/src/adapters/table-reminder-ledger';
import { createTableReminderSource } from '../../../functions/src/adapters/table-reminder-source';
import { createTableTenantRegistry } from '../../../functions/src/adapters/table-tenant-registry';
import { createReminderIndexer } from '../../../functions/src/jobs/reminder-indexer';
import type { RemindersJobDeps } from '../../../functions/src/jobs/reminders-job';
import type { BulkNotification, ReminderNotifier } from '../../../functions/src/ports/reminder-notifier';
import { relationshipIdFor } from '../../../functions/src/relationships/relationship-ids';
import { azuriteConnectionString, createTables } from '../../../functions/src/storage/tables';
import type { Relationship } from '../../../shared/relationships/relationship-schemas';

/**
 * Azurite on a free port with every reminders adapter over it, a pinned clock the pacer's waits
 * advance, and a notifier that records each bulk call (the demo tenant's bulk endpoint is not on
 * main yet; the wiring step swaps in the Graph adapter and checks the outbox).
 */
export async function startRemindersFixture(startAt: string) {
  const location = mkdtempSync(join(tmpdir(), 'reminders-it-'));
  const azurite = await startAzuriteTables({ port: await freePort(), location });
  const tables = createTables(azuriteConnectionString(azurite.port), `t${Date.now() % 100000}`);
  await tables.ready();
  let nowMs = Date.parse(startAt);
  const clock = { now: () => new Date(nowMs) };
  const calls: BulkNotification[] = [];
  const behaviour: { before?: ((n: BulkNotification) => void) | undefined; undeliverable: Set<string> } = {
    undeliverable: new Set(),
  };
  const notifier: ReminderNotifier = {
    async sendBulk(_tenantId, notification) {
      behaviour.before?.(notification);
      calls.push(notification);
      return { undeliverable: notification.recipients.filter((r) => behaviour.undeliverable.has(r)) };
    },
  };
  const store = createTableStore(tables);
  const deps: RemindersJobDeps = {
    clock,
    tenants: createTableTenantRegistry(tables, clock),
    dueIndex: createTableReminderDueIndex(tables),
    source: createTableReminderSource(tables),
    preferences: createTablePreferencesStore(tables),
    ledger: createTableReminderLedger(tables),
    notifier,
    teamsAppId: '00000000-0000-0000-0000-000000000001',
    wait: async (ms) => {
      nowMs += ms;
    },
  };
  const indexer = createReminderIndexer(deps);
  return {
    deps,
    store,
    indexer,
    calls,
    behaviour,
    tables,
    setNow: (iso: string) => {
      nowMs = Date.parse(iso);
    },
    /** Every recipient notified of a kind, once per call it was in. */
    notified: (kind: string) => calls.filter((c) => c.activityType === kind).flatMap((c) => c.recipients),
    async addRelationship(tenantId: string, a: string, b: string, over: Partial<Relationship>) {
      const relationship: Relationship = {
        id: relationshipIdFor(tenantId, a, b),
        members: [a, b],
        initiatedBy: a,
        status: 'active',
        goal: 'rapport',
        cadenceWeeks: 4,
        format: 'video',
        createdAt: '2026-10-01T10:00:00Z',
        version: 1,
        ...over,
      };
      await store.relationships.create(tenantId, relationship, {});
      await deps.tenants.registerTenant(tenantId);
      await indexer.relationshipChanged(tenantId, relationship.id);
      return relationship;
    },
    async close() {
      await azurite.close();
      rmSync(location, { recursive: true, force: true });
    },
  };
}
