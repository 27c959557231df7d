import type { FieldError } from '../http/problem';

/**
 * The closed vocabulary of failures. Domain rules refuse with one of these codes, services throw
 * only `AppError`, one mapping in `functions/` turns a code into its HTTP status and problem+json
 * body, and one mapping in `addin/` turns it into what the user reads.
 */
export const appErrorCodes = [
  'invalid-input', // 400: a field is missing or malformed (errors[] names it)
  'unauthenticated', // 401: no token, or one we cannot validate
  'consent-required', // 403: Graph needs the user's (or an admin's) consent
  'forbidden', // 403: authenticated, but this caller may not do this
  'not-found', // 404: absent, or not the caller's to see (never says which)
  'not-a-peer', // 422: the person cannot be a peer (manager, direct report, oneself, unknown)
  'ended', // 409: the relationship is ended or declined, so it is read-only
  'conflict', // 409: the state does not allow this now (e.g. schedule before accept)
  'limit-reached', // 409: a cap is reached (open agenda items, open commitments)
  'precondition-required', // 428: an update without If-Match
  'precondition-failed', // 412: a stale If-Match (the body carries the current version)
  'precondition-invalid', // 400: If-Match is `*` or not a tag we issued
  'payload-too-large', // 413
  'unsupported-media-type', // 415
  'rate-limited', // 429 with Retry-After
  'dependency-unavailable', // 503 with Retry-After: storage or Graph is slow or refusing
  'internal', // 500: a bug; never used for bad input
] as const;
export type AppErrorCode = (typeof appErrorCodes)[number];

export interface AppErrorDetails {
  /** Field-level reasons, for `invalid-input`. */
  errors?: FieldError[];
  /** Seconds the client should wait, for `rate-limited` and `dependency-unavailable`. */
  retryAfterSeconds?: number;
  /** The dependency that failed, for `dependency-unavailable` (`storage`, `graph`). */
  dependency?: string;
  /** Extra members for the problem body (e.g. `current` for `precondition-failed`). */
  extra?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: AppErrorDetails;

  constructor(code: AppErrorCode, message: string, details: AppErrorDetails = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** A domain rule's answer: the new value, or a typed refusal (no exceptions in pure code). */
export type Refusal = { ok: false; code: AppErrorCode; reason: string; field?: string };
export type Outcome<T> = { ok: true; value: T } | Refusal;

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const refuse = (code: AppErrorCode, reason: string, field?: string): Refusal =>
  field === undefined ? { ok: false, code, reason } : { ok: false, code, reason, field };
