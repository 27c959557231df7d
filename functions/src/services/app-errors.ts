import { AppError } from '../../../shared/errors/app-error';

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
