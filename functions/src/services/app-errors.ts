import { AppError, type Outcome, type Refusal } from '../../../shared/errors/app-error';

/** The refusals services throw most, so each reads as one short line where it happens. */
export const invalidInput = (field: string, reason: string) =>
  new AppError('invalid-input', reason, { errors: [{ field, reason }] });

export const notFound = (detail: string) => new AppError('not-found', detail);

/**
 * 412 with the current version, so the client can merge or show what changed instead of
 * overwriting. `etag` travels in `extra` and the problem mapping sends it as the ETag header.
 */
export const staleVersion = (current: unknown, etag: string | undefined) =>
  new AppError(
    'precondition-failed',
    'This was changed since you read it. The current version is included; apply your edit to it and retry.',
    { extra: { current, ...(etag ? { etag } : {}) } },
  );

/** A pure rule's refusal as the AppError services throw (a named field becomes errors[]). */
export function refused(refusal: Refusal): AppError {
  return new AppError(
    refusal.code,
    refusal.reason,
    refusal.field === undefined ? {} : { errors: [{ field: refusal.field, reason: refusal.reason }] },
  );
}

/** The value of an outcome, or its refusal thrown. */
export function orThrow<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw refused(outcome);
  return outcome.value;
}
