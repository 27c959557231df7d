import type { GraphTokenProvider } from './graph-client-factory';

/** The demo tenant accepts the API's own token for Graph, so no exchange is needed there. */
export const passthroughTokenProvider: GraphTokenProvider = {
  tokenFor: async (caller) => caller.token,
};
