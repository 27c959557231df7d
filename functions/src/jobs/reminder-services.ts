import { createGraphNotifier } from '../adapters/graph-notifier';
import { createGraphReminderNotifier } from '../adapters/graph-reminder-notifier';
import { createGraphWorkingHours } from '../adapters/graph-working-hours';
import { createTablePreferencesStore } from '../adapters/table-preferences';
import { createTableReminderDueIndex } from '../adapters/table-reminder-due-index';
import { createTableReminderLedger } from '../adapters/table-reminder-ledger';
import { createTableReminderSource } from '../adapters/table-reminder-source';
import { createTableTenantRegistry } from '../adapters/table-tenant-registry';
import type { GraphClientFactory } from '../graph/graph-client-factory';
import type { Clock } from '../ports/clock';
import type { ReminderNotifier } from '../ports/reminder-notifier';
import type { Tables } from '../storage/tables';
import { createPreferencesUseCases } from '../use-cases/preferences';
import { createReminderUseCases, type ReminderUseCases } from '../use-cases/reminder-activity';
import type { JobServices } from './job-table';
import { createReminderIndexer, type ReminderIndexer } from './reminder-indexer';

export interface ReminderServices {
  jobs: JobServices;
  indexer: ReminderIndexer;
  useCases: ReminderUseCases;
}

/**
 * The reminders' adapters over the tables, and the app-only Graph client (null when no app
 * credentials are configured: the job then fails each send, so reminders wait, never vanish).
 */
export function createReminderServices(deps: {
  tables: Tables;
  clock: Clock;
  appGraph: GraphClientFactory | null;
  teamsAppId: string;
}): ReminderServices {
  const { tables, clock } = deps;
  const tenants = createTableTenantRegistry(tables, clock);
  const preferences = createTablePreferencesStore(tables);
  const ledger = createTableReminderLedger(tables);
  const source = createTableReminderSource(tables);
  const dueIndex = createTableReminderDueIndex(tables);
  const notifier: ReminderNotifier =
    deps.appGraph === null
      ? {
          sendBulk: () =>
            Promise.reject(new Error('No app-only Graph credentials (GRAPH_APP_CLIENT_ID / _SECRET) are set')),
        }
      : createGraphReminderNotifier(createGraphNotifier(deps.appGraph));
  return {
    jobs: {
      reminders: {
        clock,
        tenants,
        dueIndex,
        source,
        preferences,
        ledger,
        notifier,
        ...(deps.appGraph === null ? {} : { workingHours: createGraphWorkingHours(deps.appGraph) }),
        teamsAppId: deps.teamsAppId,
      },
    },
    indexer: createReminderIndexer({ clock, source, preferences, dueIndex }),
    useCases: createReminderUseCases({
      preferences: createPreferencesUseCases(preferences),
      ledger,
      tenants,
      clock,
      teamsAppId: deps.teamsAppId,
    }),
  };
}
