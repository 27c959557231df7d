import {
  GraphClientError,
  RetryHandlerOptions,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { AppError } from '../../../shared/errors/app-error';

/** Statuses Graph asks us to come back later with (throttled, unavailable, gateway timeout). */
const RETRYABLE = new Set([429, 503, 504]);
const BASE_BACKOFF_MS = 200;

/**
 * One deadline per Graph call, retries and waits included, in place of the SDK's retry handler
 * (which waits up to 180 s). A throttled answer is retried after its `Retry-After` only if that
 * wait still ends before the deadline; otherwise the throttled answer is returned and mapped to a
 * 503 `dependency-unavailable`. A call with no answer at the deadline is aborted and mapped the same.
 */
export class DeadlineRetryMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly deadlineMs: number,
    private readonly maxRetries: number,
  ) {}

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('Deadline middleware has no next handler');
    const startedAt = Date.now();
    const deadline = AbortSignal.timeout(this.deadlineMs);
    const own = context.options?.signal;
    context.options = { ...context.options, signal: own ? AbortSignal.any([own, deadline]) : deadline };
    // A request may set its own retry count with the SDK's RetryHandlerOptions (the bulk notifier
    // sends 0: its caller paces and retries 429s itself, and must see them).
    const perRequest = context.middlewareControl?.getMiddlewareOptions(RetryHandlerOptions) as
      RetryHandlerOptions | undefined;
    const maxRetries = perRequest ? Math.min(perRequest.maxRetries, this.maxRetries) : this.maxRetries;
    for (let attempt = 0; ; attempt += 1) {
      try {
        await this.next.execute(context);
      } catch (error) {
        if (deadline.aborted) throw this.timedOut(error);
        throw error;
      }
      const response = context.response;
      if (!response || !RETRYABLE.has(response.status) || attempt >= maxRetries) return;
      const waitMs = retryAfterMs(response) ?? BASE_BACKOFF_MS * 2 ** attempt;
      if (Date.now() - startedAt + waitMs >= this.deadlineMs) return;
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  private timedOut(cause: unknown): GraphClientError {
    // The SDK rewraps anything but its own client error; the AppError rides inside it.
    const carried = new GraphClientError(`Microsoft Graph did not answer within ${this.deadlineMs} ms`);
    carried.customError = new AppError(
      'dependency-unavailable',
      'Microsoft Graph is not answering right now; try again shortly.',
      { retryAfterSeconds: 5, dependency: 'graph', extra: { dependency: 'graph' } },
      { cause },
    );
    return carried;
  }
}

function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
