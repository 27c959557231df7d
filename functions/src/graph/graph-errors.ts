import { GraphClientError, GraphError } from '@microsoft/microsoft-graph-client';
import { problemTypes } from '../../../shared/http/problem';
import { HttpProblem, problems } from '../http/http-problem';

/**
 * Maps a failed Graph call to the problem the API answers. Throttling that outlived the retry
 * handler becomes 503 with Retry-After, so the client backs off instead of hammering Graph.
 */
export function problemFromGraphError(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof GraphClientError && error.customError instanceof HttpProblem) return error.customError;
  if (error instanceof GraphError) {
    const retryAfter = Number(error.headers?.get('Retry-After') ?? '') || 5;
    if (error.statusCode === 429 || error.statusCode === 503 || error.statusCode === 504) {
      return problems.upstreamUnavailable('Microsoft Graph is busy; try again shortly.', retryAfter);
    }
    // 401 means Graph refused the token itself (expired, revoked): the client must renew it.
    // Only a 403 is about permissions, which consent can fix.
    if (error.statusCode === 401) return problems.unauthorized('Microsoft 365 refused the token; sign in again.');
    if (error.statusCode === 403) {
      return new HttpProblem(
        403,
        problemTypes.consentRequired,
        'Consent required',
        'The app needs your consent to read this from Microsoft 365.',
      );
    }
    if (error.statusCode === 404) return problems.notFound('Not found in the directory.');
    if (error.statusCode === -1 || error.statusCode === 0) {
      return problems.upstreamUnavailable('Microsoft Graph could not be reached.', 5);
    }
  }
  return problems.internal();
}
