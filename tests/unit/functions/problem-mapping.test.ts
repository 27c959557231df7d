import { GraphError } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { problemFromGraphError } from '../../../functions/src/graph/graph-errors';
import { failureResponse, problemResponse } from '../../../functions/src/http/problem-mapping';
import { AppError, appErrorCodes } from '../../../shared/errors/app-error';
import { problemTypes } from '../../../shared/http/problem';

const bodyOf = (response: { body?: unknown }) => JSON.parse(String(response.body)) as Record<string, unknown>;

describe('the problem mapping', () => {
  it('gives every code a status, a type and a problem+json body carrying the code', () => {
    for (const code of appErrorCodes) {
      const response = problemResponse(new AppError(code, 'Something happened.'));
      const body = bodyOf(response);
      expect(response.status, code).toBeGreaterThanOrEqual(400);
      expect((response.headers as Record<string, string>)['Content-Type']).toBe('application/problem+json');
      expect(body).toMatchObject({ code, status: response.status });
      expect(typeof body.type).toBe('string');
    }
  });

  it('keeps the type URIs and statuses that existed before the vocabulary', () => {
    const cases: Array<[AppError['code'], number, string]> = [
      ['invalid-input', 400, problemTypes.validation],
      ['unauthenticated', 401, problemTypes.unauthorized],
      ['consent-required', 403, problemTypes.consentRequired],
      ['not-found', 404, problemTypes.notFound],
      ['precondition-failed', 412, problemTypes.preconditionFailed],
      ['precondition-required', 428, problemTypes.preconditionRequired],
      ['dependency-unavailable', 503, problemTypes.upstreamUnavailable],
      ['internal', 500, problemTypes.internal],
    ];
    for (const [code, status, type] of cases) {
      const response = problemResponse(new AppError(code, 'x'));
      expect([response.status, bodyOf(response).type], code).toEqual([status, type]);
    }
  });

  it('sends field errors in the body, the current ETag and Retry-After as headers', () => {
    const invalid = bodyOf(
      problemResponse(new AppError('invalid-input', 'bad', { errors: [{ field: 'goal', reason: 'no' }] })),
    );
    expect(invalid.errors).toEqual([{ field: 'goal', reason: 'no' }]);
    const stale = problemResponse(
      new AppError('precondition-failed', 'stale', { extra: { current: { a: 1 }, etag: 'W/"1"' } }),
    );
    expect((stale.headers as Record<string, string>).ETag).toBe('W/"1"');
    expect(bodyOf(stale)).toMatchObject({ current: { a: 1 } });
    expect(bodyOf(stale)).not.toHaveProperty('etag');
    const busy = problemResponse(new AppError('dependency-unavailable', 'busy', { retryAfterSeconds: 7 }));
    expect((busy.headers as Record<string, string>)['Retry-After']).toBe('7');
  });

  it('answers anything that is not an AppError as a logged 500 that reveals nothing', () => {
    const logged: unknown[] = [];
    const response = failureResponse(new Error('table secret at line 3'), (e) => logged.push(e));
    expect(response.status).toBe(500);
    expect(String(response.body)).not.toContain('secret');
    expect(logged).toHaveLength(1);
  });
});

describe('Graph failures in the vocabulary', () => {
  const graphError = (status: number, retryAfter?: string) => {
    const error = new GraphError(status, 'graph said no');
    if (retryAfter) error.headers = new Headers({ 'Retry-After': retryAfter });
    return error;
  };

  it('turns throttling into dependency-unavailable with Retry-After, and 401/403 into consent-required', () => {
    const throttled = problemFromGraphError(graphError(429, '12'));
    expect(throttled).toMatchObject({
      code: 'dependency-unavailable',
      details: { retryAfterSeconds: 12, dependency: 'graph' },
    });
    expect(problemFromGraphError(graphError(503)).details.retryAfterSeconds).toBe(5);
    expect(problemFromGraphError(graphError(403)).code).toBe('consent-required');
    expect(problemFromGraphError(graphError(404)).code).toBe('not-found');
    expect(problemFromGraphError(graphError(500)).code).toBe('internal');
  });
});
