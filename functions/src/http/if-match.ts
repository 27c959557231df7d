import { AppError } from '../../../shared/errors/app-error';

/** The version tag a client must echo to change something; absent → 428, so no update is blind. */
export function requireIfMatch(headers: { get(name: string): string | null }): string {
  const value = headers.get('if-match')?.trim();
  if (!value) {
    throw new AppError(
      'precondition-required',
      'Send the If-Match header with the ETag you last read, so concurrent edits are never lost.',
      { errors: [{ field: 'If-Match', reason: 'Required for every update' }] },
    );
  }
  return value;
}
