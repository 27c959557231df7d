import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { Caller } from '../auth/caller';
import type { TokenValidator } from '../auth/token-validator';
import type { Telemetry } from './telemetry';

type HttpHandler = (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;

/**
 * The request pipeline's one hook: the whole handler runs inside a SERVER span named by the contract
 * operation, with the status it answered. Without telemetry the handler is returned untouched.
 */
export function withRequestTelemetry(
  telemetry: Telemetry | undefined,
  operation: string,
  handler: HttpHandler,
): HttpHandler {
  if (!telemetry) return handler;
  return (request, context) =>
    telemetry.runRequest(operation, undefined, async (scope) => {
      const response = await handler(request, context);
      const status = response.status ?? 200;
      scope.setStatus(status);
      // The span has the details; the log line makes failures searchable by operation and status.
      if (status >= 500) telemetry.log.error('request.failed', { 'http.response.status_code': status });
      else if (status === 429) telemetry.log.warn('request.rate_limited', { 'http.response.status_code': status });
      return response;
    });
}

/** A token validator that also names the proven caller on the request span (hashed, never the token). */
export function identifyingValidator(validate: TokenValidator, telemetry: Telemetry): TokenValidator {
  return async (header) => {
    const caller: Caller = await validate(header);
    telemetry.identify(caller);
    return caller;
  };
}
