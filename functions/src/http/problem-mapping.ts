import type { HttpResponseInit } from '@azure/functions';
import { AppError, type AppErrorCode } from '../../../shared/errors/app-error';
import { statusByCode } from '../../../shared/contracts/problem-statuses';
import { PROBLEM_CONTENT_TYPE, problemTypes, type Problem } from '../../../shared/http/problem';

/**
 * The one mapping from the error vocabulary to HTTP: each code's problem `type` and title, with
 * its status from the contracts (which the OpenAPI document states too).
 * The types that existed before the vocabulary keep their URIs, because clients match on them.
 */
const PROBLEM_BASE = 'https://peer1on1s.example/problems/';
const problemByCode: Record<AppErrorCode, { type: string; title: string }> = {
  'invalid-input': { type: problemTypes.validation, title: 'Invalid request' },
  unauthenticated: { type: problemTypes.unauthorized, title: 'Unauthorized' },
  'consent-required': { type: problemTypes.consentRequired, title: 'Consent required' },
  forbidden: { type: `${PROBLEM_BASE}forbidden`, title: 'Forbidden' },
  'not-found': { type: problemTypes.notFound, title: 'Not found' },
  'not-a-peer': { type: `${PROBLEM_BASE}not-a-peer`, title: 'Not a peer' },
  ended: { type: `${PROBLEM_BASE}ended`, title: 'Relationship ended' },
  conflict: { type: problemTypes.conflict, title: 'Conflict' },
  'limit-reached': { type: `${PROBLEM_BASE}limit-reached`, title: 'Limit reached' },
  'precondition-required': {
    type: problemTypes.preconditionRequired,
    title: 'Precondition required',
  },
  'precondition-failed': { type: problemTypes.preconditionFailed, title: 'Changed by someone else' },
  'precondition-invalid': { type: `${PROBLEM_BASE}precondition-invalid`, title: 'Invalid If-Match' },
  'payload-too-large': { type: `${PROBLEM_BASE}payload-too-large`, title: 'Payload too large' },
  'unsupported-media-type': {
    type: `${PROBLEM_BASE}unsupported-media-type`,
    title: 'Unsupported media type',
  },
  'rate-limited': { type: `${PROBLEM_BASE}rate-limited`, title: 'Too many requests' },
  'dependency-unavailable': { type: problemTypes.upstreamUnavailable, title: 'Service unavailable' },
  internal: { type: problemTypes.internal, title: 'Internal error' },
};

/** The problem+json answer for an AppError; `extra.etag` becomes the ETag header, never a body member. */
export function problemResponse(error: AppError): HttpResponseInit {
  const { type, title } = problemByCode[error.code];
  const status = statusByCode[error.code];
  const { etag, ...extra } = error.details.extra ?? {};
  const detail = error.code === 'internal' ? 'Something went wrong on our side.' : error.message;
  const body: Problem & { code: AppErrorCode } = { type, title, status, code: error.code, detail, ...extra };
  if (error.details.errors) body.errors = error.details.errors;
  const headers: Record<string, string> = { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Cache-Control': 'no-store' };
  if (typeof etag === 'string') headers.ETag = etag;
  if (error.details.retryAfterSeconds !== undefined) headers['Retry-After'] = String(error.details.retryAfterSeconds);
  if (error.code === 'unauthenticated') headers['WWW-Authenticate'] = 'Bearer error="invalid_token"';
  return { status, headers, body: JSON.stringify(body) };
}

/** Any failure as a response: AppErrors by their code, anything else as a logged 500 without details. */
export function failureResponse(error: unknown, logError: (error: unknown) => void): HttpResponseInit {
  if (error instanceof AppError) {
    if (error.code === 'internal') logError(error.cause ?? error);
    return problemResponse(error);
  }
  logError(error);
  return problemResponse(new AppError('internal', 'Unexpected error', {}, { cause: error }));
}
