import { AppError } from '../../../shared/errors/app-error';

/**
 * One entity tag as RFC 9110 writes it (optionally weak, quoted, visible characters but `"`).
 * A wildcard would skip the version check altogether and a list or bare word can never be a
 * version, so all of those are refused here instead of reaching storage (which overwrote
 * blindly on `*` and failed with a 500 on a malformed tag).
 */
const ENTITY_TAG = /^(?:W\/)?"[\x21\x23-\x7E]{0,200}"$/;

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
  if (!ENTITY_TAG.test(value)) {
    const reason =
      value === '*'
        ? 'A wildcard is not a version; send the ETag you last read'
        : 'Must be one quoted ETag, as the API sent it';
    throw new AppError('precondition-invalid', 'The If-Match header is not a version tag.', {
      errors: [{ field: 'If-Match', reason }],
    });
  }
  return value;
}
