import { ConfidentialClientApplication } from '@azure/msal-node';
import { createGraphCalendarEvents } from './adapters/graph-calendar-events';
import { createGraphCalendars } from './adapters/graph-calendars';
import { createGraphDirectory } from './adapters/graph-directory';
import { createGraphMailboxZones } from './adapters/graph-mailbox-zones';
import { createGraphNotifier } from './adapters/graph-notifier';
import { createGraphPeerSignals } from './adapters/graph-peer-signals';
import { createTableStore, type Store } from './adapters/table-store';
import { createTableSuggestionDismissals } from './adapters/table-suggestion-dismissals';
import { createAppTokenProvider } from './graph/app-token-provider';
import { createSeriesBooking } from './lifecycle/book-series-effect';
import { createLifecycleEffects, type LifecycleEffects } from './lifecycle/lifecycle-effects';
import type { CalendarEvents } from './ports/calendar-events';
import type { MailboxZones } from './ports/mailbox-zones';
import { createTokenValidator } from './auth/token-validator';
import { appOnlyGraphTokens } from './graph/app-only-graph-tokens';
import { indexedRecords } from './jobs/indexed-records';
import type { JobServices } from './jobs/job-table';
import { createReminderServices, type ReminderServices } from './jobs/reminder-services';
import type { ApiConfig } from './config/api-config';
import { validateApiConfig } from './config/api-config-schema';
import {
  createGraphClientFactory,
  type GraphClientFactory,
  type GraphTokenProvider,
} from './graph/graph-client-factory';
import { createOboTokenProvider } from './graph/obo-token-provider';
import { passthroughTokenProvider } from './graph/passthrough-token-provider';
import type { Edge } from './http/create-handler';
import { edgePolicyFor } from './http/edge-policy';
import { systemClock, type Clock } from './ports/clock';
import { createGuidanceService } from './services/guidance-service';
import { createPeopleService } from './services/people-service';
import { createPrivateDataService } from './services/private-data-service';
import { createRelationshipAccess } from './services/relationship-access';
import { createRelationshipService } from './services/relationship-service';
import { createSchedulingService } from './services/scheduling-service';
import { createSharedItemsService } from './services/shared-items-service';
import { createSlotService } from './services/slot-service';
import { createSuggestionDismissalService } from './services/suggestion-dismissals';
import { createSuggestionService } from './services/suggestion-service';
import type { Tables } from './storage/tables';
import { withTableDeadlines } from './storage/table-deadlines';
import { tablesFor } from './storage/tables-for-config';
import { globalTelemetry } from './telemetry/telemetry-setup';
import { identifyingValidator } from './telemetry/request-telemetry';
import type { Telemetry } from './telemetry/telemetry';
import type { UseCases } from './use-cases';
import { createHealthService } from './use-cases/health';

/**
 * The app, built once per process from a validated configuration: adapters, then use cases. The
 * edge (authenticate, ready, useCases) is all the route table sees; `graph` and `tables` are
 * exposed for tests and benchmarks that measure them.
 */
export interface CompositionRoot extends Edge {
  config: ApiConfig;
  /** The relationship life cycle's outbox worker (the `lifecycle-effects` job runs it). */
  lifecycle: LifecycleEffects;
  graph: GraphClientFactory;
  tables: Tables;
  /** What the timer jobs run with (app-only Graph, the tables, the same clock). */
  jobs: JobServices;
  clock: Clock;
}

export interface RootOverrides {
  clock?: Clock;
  graphTokens?: GraphTokenProvider;
  /** Wraps the app-only calendar port (tests inject faults there). */
  wrapCalendarEvents?: (events: CalendarEvents) => CalendarEvents;
  telemetry?: Telemetry;
}

export function createCompositionRoot(config: ApiConfig, overrides: RootOverrides = {}): CompositionRoot {
  validateApiConfig(config);
  const clock = overrides.clock ?? systemClock;
  const telemetry = overrides.telemetry ?? globalTelemetry(config.telemetry?.userHashSalt ?? 'local');
  const graph = createGraphClientFactory({
    baseUrl: config.graph.baseUrl,
    tokens: overrides.graphTokens ?? graphTokensFor(config, clock),
    maxRetries: config.graph.maxRetries,
    ...(config.limits?.graphDeadlineMs ? { deadlineMs: config.limits.graphDeadlineMs } : {}),
    telemetry,
  });
  const tables = withTableDeadlines(tablesFor(config.storage, telemetry), config.limits?.storageDeadlineMs);
  const appTokens = appOnlyGraphTokens(config, clock);
  const reminders = createReminderServices({
    tables,
    clock,
    appGraph:
      appTokens === null
        ? null
        : createGraphClientFactory({
            baseUrl: config.graph.baseUrl,
            tokens: appTokens,
            maxRetries: config.graph.maxRetries,
            ...(config.limits?.graphDeadlineMs ? { deadlineMs: config.limits.graphDeadlineMs } : {}),
            telemetry,
          }),
    teamsAppId: config.teamsAppId,
  });
  const stored = createTableStore(tables);
  // Relationship and meeting writes move the reminders' due-index row (the services need not know).
  const records: Store = {
    ...stored,
    ...indexedRecords(stored, {
      indexer: reminders.indexer,
      tenants: reminders.jobs.reminders.tenants,
      onError: (error) => console.error('reminders due index:', error),
    }),
  };
  const { effects: lifecycle, zones } = createLifecycle(config, clock, records, graph, overrides);
  return {
    config,
    graph,
    tables,
    lifecycle,
    telemetry,
    // The outbox worker rides in the job table as `lifecycle-effects`.
    jobs: { ...reminders.jobs, lifecycleEffects: lifecycle },
    clock,
    // The same clock everywhere, so a pinned development clock (DEV_NOW) also dates token checks.
    authenticate: identifyingValidator(
      createTokenValidator(config.auth, { now: () => clock.now().getTime() }),
      telemetry,
    ),
    ready: () => tables.ready(),
    http: edgePolicyFor(config),
    useCases: createUseCases({ config, clock, graph, tables, records, lifecycle, zones, reminders }),
  };
}

/** Calendar clean-up and notifications of life-cycle transitions, with the app's own Graph identity. */
function createLifecycle(
  config: ApiConfig,
  clock: Clock,
  records: Store,
  graph: GraphClientFactory,
  overrides: RootOverrides,
) {
  const app = config.graph.app ?? {
    clientId: config.graph.clientId ?? '',
    clientSecret: config.graph.clientSecret ?? '',
  };
  const appGraph = createGraphClientFactory({
    baseUrl: config.graph.baseUrl,
    tokens: createAppTokenProvider({ ...app, authorityHost: config.graph.authorityHost }, clock),
    maxRetries: config.graph.maxRetries,
  });
  const graphEvents = createGraphCalendarEvents(appGraph);
  const events = overrides.wrapCalendarEvents ? overrides.wrapCalendarEvents(graphEvents) : graphEvents;
  const { relationships, sharedItems: items, memberships } = records;
  const access = createRelationshipAccess({ relationships, sharedItems: items, memberships, clock });
  const appCaller = (tenantId: string) => ({ tenantId, userId: app.clientId, token: '' });
  const effects = createLifecycleEffects({
    outbox: records.outbox,
    events,
    book: createSeriesBooking({
      relationships,
      items,
      events,
      refreshMeetingDates: (tenantId, id) => access.refreshMeetingDates(tenantId, id),
      clock,
    }),
    notifier: createGraphNotifier(graph),
    appNotifier: createGraphNotifier(appGraph),
    appCaller,
    clock,
    tabLink: tabLinkFor(config),
  });
  return { effects, zones: createGraphMailboxZones(appGraph, appCaller) };
}

const tabLinkFor = (config: ApiConfig) =>
  `https://teams.microsoft.com/l/entity/${encodeURIComponent(config.teamsAppId)}/peers`;

function createUseCases(deps: {
  config: ApiConfig;
  clock: Clock;
  graph: GraphClientFactory;
  tables: Tables;
  reminders: ReminderServices;
  records: Store;
  lifecycle: LifecycleEffects;
  zones: MailboxZones;
}): UseCases {
  const { clock, graph, records } = deps;
  const directory = createGraphDirectory(graph);
  const { relationships, sharedItems: items, privateData, memberships, promptHistory } = records;
  const access = createRelationshipAccess({ relationships, sharedItems: items, memberships, clock });
  const sharedItems = createSharedItemsService({ items, privateData, access, clock });
  const guidance = createGuidanceService({ items, privateData, promptHistory, access, clock });
  const suggestionDismissals = createSuggestionDismissalService({
    store: createTableSuggestionDismissals(deps.tables),
    clock,
  });
  return {
    people: createPeopleService({ directory }),
    suggestions: createSuggestionService({
      signals: createGraphPeerSignals(graph),
      clock,
      existingPeerIds: async (caller) => (await memberships.list(caller.tenantId, caller.userId)).map((m) => m.peer.id),
      hiddenPeerIds: async (caller) => [...(await suggestionDismissals.hiddenFor(caller))],
      calendars: createGraphCalendars(graph),
    }),
    suggestionDismissals,
    relationships: createRelationshipService({
      relationships,
      memberships,
      privateData,
      directory,
      access,
      clock,
      effects: deps.lifecycle,
      booking: { guidance, records: items, zones: deps.zones },
    }),
    sharedItems,
    privateData: createPrivateDataService({ records, access, items: sharedItems, clock, effects: deps.lifecycle }),
    guidance,
    scheduling: createSchedulingService({
      records: items,
      memberships,
      access,
      directory,
      events: createGraphCalendarEvents(graph),
      guidance,
      items: sharedItems,
      relationships,
      effects: deps.lifecycle,
      clock,
    }),
    slots: createSlotService({ calendars: createGraphCalendars(graph), directory, memberships, clock }),
    health: createHealthService({
      probes: [{ name: 'storage', check: (signal) => deps.tables.ping(signal) }],
      deadlineMs: deps.config.health?.storageDeadlineMs ?? 2_000,
    }),
    reminders: deps.reminders.useCases,
  };
}

function graphTokensFor(config: ApiConfig, clock: Clock): GraphTokenProvider {
  if (config.graph.tokenMode === 'passthrough') return passthroughTokenProvider;
  const client = new ConfidentialClientApplication({
    auth: {
      clientId: config.graph.clientId ?? '',
      clientSecret: config.graph.clientSecret ?? '',
      authority: `${config.graph.authorityHost}/organizations`,
    },
  });
  return createOboTokenProvider({ client, clock, authorityHost: config.graph.authorityHost });
}
