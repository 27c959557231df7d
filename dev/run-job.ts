import { createTablePreferencesStore } from '../functions/src/adapters/table-preferences';
import { createTableReminderDueIndex } from '../functions/src/adapters/table-reminder-due-index';
import { createTableReminderLedger } from '../functions/src/adapters/table-reminder-ledger';
import { createTableReminderSource } from '../functions/src/adapters/table-reminder-source';
import { createTableTenantRegistry } from '../functions/src/adapters/table-tenant-registry';
import { findJob, jobTable } from '../functions/src/jobs/job-table';
import { systemClock, type Clock } from '../functions/src/ports/clock';
import type { ReminderNotifier } from '../functions/src/ports/reminder-notifier';
import { azuriteConnectionString, createTables } from '../functions/src/storage/tables';

/**
 * `npm run job -- <name>`: one pass of a timer job against the local stack's storage (`npm start`
 * running; TABLES_PORT as for start), printing its summary. DEV_NOW pins the pass's clock.
 *
 * Until the composition root builds job services (with the app-only Graph notifier), this wires
 * the storage adapters itself and prints each bulk notification instead of sending it.
 */
const name = process.argv[2];
const job = name === undefined ? undefined : findJob(name);
if (job === undefined) {
  console.error(`Usage: npm run job -- <name>   (jobs: ${jobTable.map((j) => j.name).join(', ')})`);
  process.exit(2);
}

const port = Number(process.env.TABLES_PORT ?? 10002);
const tables = createTables(process.env.STORAGE_CONNECTION_STRING ?? azuriteConnectionString(port));
await tables.ready();
const pinned = process.env.DEV_NOW ? Date.parse(process.env.DEV_NOW) : NaN;
if (process.env.DEV_NOW && Number.isNaN(pinned)) {
  console.error(`DEV_NOW is not an ISO instant: ${process.env.DEV_NOW}`);
  process.exit(2);
}
const startedAt = Date.now();
const clock: Clock = Number.isNaN(pinned) ? systemClock : { now: () => new Date(pinned + (Date.now() - startedAt)) };
const notifier: ReminderNotifier = {
  async sendBulk(tenantId, notification) {
    console.log(
      `  → ${tenantId}: ${notification.activityType} to ${notification.recipients.length}: ${notification.previewText.content}`,
    );
    return { undeliverable: [] };
  },
};

const summary = await job.handler({
  reminders: {
    clock,
    tenants: createTableTenantRegistry(tables, clock),
    dueIndex: createTableReminderDueIndex(tables),
    source: createTableReminderSource(tables),
    preferences: createTablePreferencesStore(tables),
    ledger: createTableReminderLedger(tables),
    notifier,
    teamsAppId: process.env.TEAMS_APP_ID ?? 'peer-1on1s',
  },
});
console.log(`${job.name}: ${JSON.stringify(summary, null, 2)}`);
console.log(`storage requests: ${tables.requestCount()}`);
