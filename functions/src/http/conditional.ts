import type { HttpRequest } from '@azure/functions';
import { problemTypes } from '../../../shared/http/problem';
import { HttpProblem } from './http-problem';

/** The version tag a client must echo to change something; absent → 428, so no update is blind. */
export function requireIfMatch(request: HttpRequest): string {
  const value = request.headers.get('if-match')?.trim();
  if (!value) {
    throw new HttpProblem(
      428,
      problemTypes.preconditionRequired,
      'Precondition required',
      'Send the If-Match header with the ETag you last read, so concurrent edits are never lost.',
      { errors: [{ field: 'If-Match', reason: 'Required for every update' }] },
    );
  }
  return value;
}

/** 412 with the current state, so the client can merge or show what changed instead of overwriting. */
export function staleVersion(current: unknown, etag: string | undefined): HttpProblem {
  return new HttpProblem(
    412,
    problemTypes.preconditionFailed,
    'Changed by someone else',
    'This was changed since you read it. The current version is included; apply your edit to it and retry.',
    { current, ...(etag ? { headers: { ETag: etag } } : {}) },
  );
}
