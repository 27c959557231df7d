import { RestError } from '@azure/data-tables';
import { AppError } from '../../../shared/errors/app-error';
import { DEFAULT_STORAGE_DEADLINE_MS } from '../config/api-config';
import { TABLE_NAMES, type Tables } from './tables';

/** How long a client should wait before trying again after storage failed fast. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Gives every Table Storage call one deadline, the SDK's own retries included: the policy sits
 * outside the retry phase and aborts the call when the deadline passes. A frozen or throttling
 * account then answers 503 `dependency-unavailable` with Retry-After within the deadline, instead
 * of holding the request (and the instance) for as long as the account stays sick.
 */
export function withTableDeadlines(tables: Tables, deadlineMs = DEFAULT_STORAGE_DEADLINE_MS): Tables {
  for (const name of TABLE_NAMES) {
    tables.client(name).pipeline.addPolicy({
      name: 'peerTableDeadline',
      sendRequest: async (request, next) => {
        const deadline = AbortSignal.timeout(deadlineMs);
        const outer = request.abortSignal as AbortSignal | undefined;
        request.abortSignal = outer ? AbortSignal.any([outer, deadline]) : deadline;
        try {
          const response = await next(request);
          if (response.status === 503 || response.status === 429)
            throw unavailable(`storage answered ${response.status}`);
          return response;
        } catch (error) {
          if (deadline.aborted) throw unavailable(`no answer within ${deadlineMs} ms`, error);
          if (error instanceof RestError && (error.statusCode === 503 || error.statusCode === 429)) {
            throw unavailable(`storage answered ${error.statusCode}`, error);
          }
          throw error;
        }
      },
    });
  }
  return tables;
}

function unavailable(why: string, cause?: unknown): AppError {
  return new AppError(
    'dependency-unavailable',
    `Storage is not answering right now (${why}); try again shortly.`,
    { retryAfterSeconds: RETRY_AFTER_SECONDS, dependency: 'storage', extra: { dependency: 'storage' } },
    ...(cause === undefined ? [] : [{ cause }]),
  );
}
