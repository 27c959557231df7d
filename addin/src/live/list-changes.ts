import { operations as op } from '../../../shared/contracts';
import { callIfChanged } from '../api/api-client';
import type { ConditionalFetch } from './polling-signal';

/** The lists both peers edit in the meeting side panel, as change kinds. */
export const SHARED_LIST_KINDS = ['agenda', 'commitments'] as const;
export type SharedListKind = (typeof SHARED_LIST_KINDS)[number];

/** The polling fallback's conditional GET of one relationship's shared lists (a 304 while unchanged). */
export function sharedListChanges(relationshipId: string): ConditionalFetch {
  const params = { id: relationshipId };
  return (kind, etag) => {
    if (kind === 'agenda') return callIfChanged(op.listAgenda, { params }, etag);
    if (kind === 'commitments') return callIfChanged(op.listCommitments, { params }, etag);
    return Promise.reject(new Error(`No shared list of kind "${kind}"`));
  };
}
