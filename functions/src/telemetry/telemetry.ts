import { AsyncLocalStorage } from 'node:async_hooks';
import { context, SpanKind, SpanStatusCode, trace, type Meter, type Span, type Tracer } from '@opentelemetry/api';
import { createPeerMetrics, type Dependency, type PeerMetrics } from './metrics';
import { hashUserId, redactAttributes, redactString } from './redaction';
import { createStructuredLogger, type LogEmitter, type StructuredLogger } from './structured-logger';

/** Who a request is for, as telemetry may know it: the tenant, and the user only as a salted hash. */
export interface TelemetryCaller {
  tenantId: string;
  userId: string;
}

export interface RequestScope {
  /** The HTTP status the request answered with. */
  setStatus(status: number): void;
}

export interface DependencyScope {
  /** Status of the attempt just made (call once per attempt: 429s and 503s are counted here). */
  attempt(status: number): void;
}

export interface Telemetry {
  /** Runs one API request inside a SERVER span named by its operation (the contract's name). */
  runRequest<T>(
    operation: string,
    caller: TelemetryCaller | undefined,
    work: (scope: RequestScope) => Promise<T>,
  ): Promise<T>;
  /**
   * Names the caller of the request in progress (tenant id and salted user hash only), once the token
   * is validated; outside a request it does nothing.
   */
  identify(caller: TelemetryCaller): void;
  /** Runs one job pass inside a span named by the job. */
  runJob<T>(job: string, work: () => Promise<T>): Promise<T>;
  /** Runs a Graph or Table call inside a CLIENT span with its final status and retry count. */
  dependency<T>(dependency: Dependency, operation: string, work: (scope: DependencyScope) => Promise<T>): Promise<T>;
  metrics: PeerMetrics;
  log: StructuredLogger;
}

export interface TelemetryOptions {
  tracer: Tracer;
  meter: Meter;
  logs: LogEmitter;
  /** Deployment secret for hashing user ids; never logged. */
  userHashSalt: string;
}

interface RunState {
  operation: string;
  storageRoundTrips: number;
  /** Parent of the dependency spans; set explicitly so nesting holds without a global context manager. */
  span?: Span;
}

/** Telemetry for the API and jobs; every attribute passes the redaction rule before it is recorded. */
export function createTelemetry(options: TelemetryOptions): Telemetry {
  const { tracer } = options;
  const metrics = createPeerMetrics(options.meter);
  const requests = new AsyncLocalStorage<RunState>();
  const callerAttributes = (caller: TelemetryCaller) =>
    redactAttributes({
      'peer.tenant_id': caller.tenantId,
      'peer.user_hash': hashUserId(caller.userId, options.userHashSalt),
    });
  const log = createStructuredLogger(options.logs, () => requests.getStore()?.operation);

  const inSpan = async <T>(
    name: string,
    kind: SpanKind,
    attributes: Record<string, unknown>,
    work: (span: Span) => Promise<T>,
  ): Promise<T> => {
    const parent = requests.getStore()?.span;
    const parentContext = parent ? trace.setSpan(context.active(), parent) : context.active();
    return tracer.startActiveSpan(
      name,
      { kind, attributes: redactAttributes(attributes) },
      parentContext,
      async (span) => {
        try {
          return await work(span);
        } catch (error) {
          // Only the error's type: messages can quote content (a Graph error naming a mailbox).
          const type = error instanceof Error ? error.name : 'Error';
          span.setAttribute('error.type', redactString(type));
          span.setStatus({ code: SpanStatusCode.ERROR, message: redactString(type) });
          throw error;
        } finally {
          span.end();
        }
      },
    );
  };

  return {
    metrics,
    log,
    identify(caller) {
      requests.getStore()?.span?.setAttributes(callerAttributes(caller));
    },
    runRequest(operation, caller, work) {
      const state: RunState = { operation, storageRoundTrips: 0 };
      const attributes = {
        'peer.operation': operation,
        ...(caller ? callerAttributes(caller) : {}),
      };
      return requests.run(state, () =>
        inSpan(operation, SpanKind.SERVER, attributes, async (span) => {
          state.span = span;
          try {
            return await work({
              setStatus: (status) => {
                span.setAttribute('http.response.status_code', status);
                if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
              },
            });
          } finally {
            span.setAttribute('peer.storage.round_trips', state.storageRoundTrips);
            metrics.storageRoundTrips(operation, state.storageRoundTrips);
          }
        }),
      );
    },
    runJob(job, work) {
      const state: RunState = { operation: job, storageRoundTrips: 0 };
      return requests.run(state, () =>
        inSpan(job, SpanKind.INTERNAL, { 'peer.job': job }, (span) => {
          state.span = span;
          return work();
        }),
      );
    },
    dependency(dependency, operation, work) {
      const attributes = { 'peer.dependency': dependency, 'peer.dependency.operation': operation };
      return inSpan(`${dependency} ${operation}`, SpanKind.CLIENT, attributes, async (span) => {
        let attempts = 0;
        const request = requests.getStore();
        try {
          return await work({
            attempt: (status) => {
              attempts += 1;
              if (dependency === 'table' && request) request.storageRoundTrips += 1;
              if (status === 429 || status === 503) metrics.throttled(dependency, status);
              span.setAttribute('http.response.status_code', status);
            },
          });
        } finally {
          span.setAttribute('peer.retry_count', Math.max(0, attempts - 1));
        }
      });
    },
  };
}
