import { GraphClientError, GraphError } from '@microsoft/microsoft-graph-client';
import { AppError } from '../../../shared/errors/app-error';

/**
 * Maps a failed Graph call into the error vocabulary. Throttling that outlived the retry handler
 * becomes `dependency-unavailable` with Retry-After, so the client backs off instead of hammering Graph.
 */
export function problemFromGraphError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof GraphClientError && error.customError instanceof AppError) return error.customError;
  if (error instanceof GraphError) {
    const retryAfter = Number(error.headers?.get('Retry-After') ?? '') || 5;
    if (error.statusCode === 429 || error.statusCode === 503 || error.statusCode === 504) {
      return unavailable('Microsoft Graph is busy; try again shortly.', retryAfter, error);
    }
    // 401 means Graph refused the token itself (expired, revoked): the client must renew it.
    // Only a 403 is about permissions, which consent can fix.
    if (error.statusCode === 401) {
      return new AppError('unauthenticated', 'Microsoft 365 refused the token; sign in again.', {}, { cause: error });
    }
    if (error.statusCode === 403) {
      return new AppError(
        'consent-required',
        'The app needs your consent to read this from Microsoft 365.',
        {},
        { cause: error },
      );
    }
    if (error.statusCode === 404) return new AppError('not-found', 'Not found in the directory.', {}, { cause: error });
    if (error.statusCode === -1 || error.statusCode === 0) {
      return unavailable('Microsoft Graph could not be reached.', 5, error);
    }
  }
  return new AppError('internal', 'Microsoft Graph failed unexpectedly.', {}, { cause: error });
}

const unavailable = (message: string, retryAfterSeconds: number, cause: unknown) =>
  new AppError('dependency-unavailable', message, { retryAfterSeconds, dependency: 'graph' }, { cause });
