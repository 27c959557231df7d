import { createGraphDirectory } from './adapters/graph-directory';
import type { Caller } from './auth/caller';
import { createTokenValidator, type TokenValidator } from './auth/token-validator';
import type { ApiConfig } from './config/api-config';
import {
  createGraphClientFactory,
  type GraphClientFactory,
  type GraphTokenProvider,
} from './graph/graph-client-factory';
import { passthroughTokenProvider } from './graph/passthrough-token-provider';
import { systemClock, type Clock } from './ports/clock';
import type { Directory } from './ports/directory';
import { createTables, type Tables } from './storage/tables';

/** Everything a route may use, built once per process (the composition root). */
export interface Services {
  config: ApiConfig;
  clock: Clock;
  validateToken: TokenValidator;
  graph: GraphClientFactory;
  directory: Directory;
  tables: Tables;
}

export interface ServiceOverrides {
  clock?: Clock;
  graphTokens?: GraphTokenProvider;
}

export function createServices(config: ApiConfig, overrides: ServiceOverrides = {}): Services {
  const graph = createGraphClientFactory({
    baseUrl: config.graph.baseUrl,
    tokens: overrides.graphTokens ?? graphTokensFor(config),
    maxRetries: config.graph.maxRetries,
  });
  return {
    config,
    clock: overrides.clock ?? systemClock,
    validateToken: createTokenValidator(config.auth),
    graph,
    directory: createGraphDirectory(graph),
    tables: createTables(config.storage.connectionString, config.storage.tablePrefix),
  };
}

function graphTokensFor(config: ApiConfig): GraphTokenProvider {
  if (config.graph.tokenMode === 'passthrough') return passthroughTokenProvider;
  return {
    tokenFor: async (_caller: Caller) => {
      throw new Error('On-behalf-of Graph tokens are not configured for this deployment.');
    },
  };
}
