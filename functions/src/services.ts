import { createGraphCalendarEvents } from './adapters/graph-calendar-events';
import { createGraphCalendars } from './adapters/graph-calendars';
import { createGraphDirectory } from './adapters/graph-directory';
import { createGraphNotifier } from './adapters/graph-notifier';
import { createGraphPeerSignals } from './adapters/graph-peer-signals';
import { createTableRelationshipStore } from './adapters/table-relationship-store';
import { createTokenValidator, type TokenValidator } from './auth/token-validator';
import type { ApiConfig } from './config/api-config';
import {
  createGraphClientFactory,
  type GraphClientFactory,
  type GraphTokenProvider,
} from './graph/graph-client-factory';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { createOboTokenProvider } from './graph/obo-token-provider';
import { passthroughTokenProvider } from './graph/passthrough-token-provider';
import { systemClock, type Clock } from './ports/clock';
import type { Directory } from './ports/directory';
import type { RelationshipStore } from './ports/relationship-store';
import { createGuidanceService, type GuidanceService } from './services/guidance-service';
import { createPrivateDataService, type PrivateDataService } from './services/private-data-service';
import { createRelationshipAccess } from './services/relationship-access';
import { createRelationshipService, type RelationshipService } from './services/relationship-service';
import { createSharedItemsService, type SharedItemsService } from './services/shared-items-service';
import { createSchedulingService, type SchedulingService } from './services/scheduling-service';
import { createSlotService, type SlotService } from './services/slot-service';
import { createSuggestionService, type SuggestionService } from './services/suggestion-service';
import { createTables, type Tables } from './storage/tables';

/** Everything a route may use, built once per process (the composition root). */
export interface Services {
  config: ApiConfig;
  clock: Clock;
  validateToken: TokenValidator;
  graph: GraphClientFactory;
  directory: Directory;
  tables: Tables;
  store: RelationshipStore;
  relationships: RelationshipService;
  sharedItems: SharedItemsService;
  privateData: PrivateDataService;
  suggestions: SuggestionService;
  guidance: GuidanceService;
  slots: SlotService;
  scheduling: SchedulingService;
}

export interface ServiceOverrides {
  clock?: Clock;
  graphTokens?: GraphTokenProvider;
}

export function createServices(config: ApiConfig, overrides: ServiceOverrides = {}): Services {
  const clock = overrides.clock ?? systemClock;
  const graph = createGraphClientFactory({
    baseUrl: config.graph.baseUrl,
    tokens: overrides.graphTokens ?? graphTokensFor(config, clock),
    maxRetries: config.graph.maxRetries,
  });
  const directory = createGraphDirectory(graph);
  const tables = createTables(config.storage.connectionString, config.storage.tablePrefix);
  const store = createTableRelationshipStore(tables);
  const access = createRelationshipAccess(store, clock);
  const sharedItems = createSharedItemsService({ store, access, clock });
  const guidance = createGuidanceService({ store, access, clock });
  return {
    config,
    clock,
    validateToken: createTokenValidator(config.auth),
    graph,
    directory,
    tables,
    store,
    relationships: createRelationshipService({
      store,
      directory,
      access,
      clock,
      notifier: createGraphNotifier(graph),
      tabLink: `https://teams.microsoft.com/l/entity/${encodeURIComponent(config.teamsAppId)}/peers`,
    }),
    sharedItems,
    privateData: createPrivateDataService({ store, access, items: sharedItems, clock }),
    guidance,
    scheduling: createSchedulingService({
      store,
      access,
      directory,
      events: createGraphCalendarEvents(graph),
      guidance,
      items: sharedItems,
    }),
    slots: createSlotService({ calendars: createGraphCalendars(graph), directory, store, clock }),
    suggestions: createSuggestionService({
      signals: createGraphPeerSignals(graph),
      clock,
      existingPeerIds: async (caller) =>
        (await store.listMemberships(caller.tenantId, caller.userId)).map((m) => m.peer.id),
    }),
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
