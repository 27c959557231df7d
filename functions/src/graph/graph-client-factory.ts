import {
  Client,
  GraphClientError,
  HTTPMessageHandler,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import type { Caller } from '../auth/caller';
import { DEFAULT_GRAPH_DEADLINE_MS } from '../config/api-config';
import { DeadlineRetryMiddleware } from './graph-deadline-retry';
import type { Telemetry } from '../telemetry/telemetry';
import { withGraphTelemetry } from './graph-telemetry';

/** Gives the Graph token to use for a caller (the token itself in the demo, OBO against Entra). */
export interface GraphTokenProvider {
  tokenFor(caller: Caller): Promise<string>;
}

export interface GraphClientFactory {
  forCaller(caller: Caller): Client;
  /** Turns an absolute `@odata.nextLink` into a path the client accepts for this base URL. */
  relativePath(link: string): string;
}

/**
 * Builds Graph clients with an explicit middleware chain (bearer → deadline and retry → HTTP). The SDK's own
 * AuthenticationHandler only attaches tokens to https Graph hosts; ours always does, so the demo
 * tenant over http sees and checks the token exactly like Graph would.
 */
export function createGraphClientFactory(options: {
  baseUrl: string;
  tokens: GraphTokenProvider;
  maxRetries: number;
  /** One call's budget, retries and Retry-After waits included (default 10 s). */
  deadlineMs?: number;
  telemetry?: Telemetry;
}): GraphClientFactory {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  return {
    forCaller(caller) {
      const bearer = new BearerTokenMiddleware(() => options.tokens.tokenFor(caller));
      const retry = new DeadlineRetryMiddleware(options.deadlineMs ?? DEFAULT_GRAPH_DEADLINE_MS, options.maxRetries);
      bearer.setNext(withGraphTelemetry(options.telemetry, retry, new HTTPMessageHandler()));
      return Client.initWithMiddleware({ baseUrl, defaultVersion: 'v1.0', middleware: bearer });
    },
    relativePath(link) {
      const prefix = `${baseUrl}/v1.0`;
      return link.startsWith(prefix) ? link.slice(prefix.length) : link;
    },
  };
}

class BearerTokenMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly token: () => Promise<string>) {}

  async execute(context: Context): Promise<void> {
    let value: string;
    try {
      value = `Bearer ${await this.token()}`;
    } catch (error) {
      // The SDK rewraps anything but its own client error; carry ours (e.g. consent required) through intact.
      const carried = new GraphClientError((error as Error).message);
      carried.customError = error;
      throw carried;
    }
    if (typeof context.request !== 'string') {
      context.request.headers.set('Authorization', value);
    } else {
      context.options ??= {};
      const headers = context.options.headers;
      if (headers instanceof Headers) headers.set('Authorization', value);
      else context.options.headers = { ...(headers as Record<string, string> | undefined), Authorization: value };
    }
    if (!this.next) throw new Error('Bearer middleware has no next handler');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
