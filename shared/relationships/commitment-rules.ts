import { ok, refuse, type Outcome } from '../errors/app-error';
import { isMember, type Members } from './member-rules';
import type { Commitment } from './relationship-schemas';

/** A commitment as stored (the API adds its etag). */
export type CommitmentRecord = Omit<Commitment, 'etag'>;
export type CommitmentStatus = Commitment['status'];

/** Open commitments one relationship may hold; past this, adding answers `limit-reached`. */
export const MAX_OPEN_COMMITMENTS = 500;

export interface CommitmentDraft {
  text: string;
  owner: string;
  dueDate?: string | undefined;
}

export interface CommitmentPatch {
  text?: string | undefined;
  owner?: string | undefined;
  /** A date, or null to clear it. */
  dueDate?: string | null | undefined;
  status?: CommitmentStatus | undefined;
}

/** Who is acting, in which relationship, and when. */
export interface ItemContext {
  caller: string;
  members: Members;
  nowIso: string;
}

/** A commitment not yet done or dropped: it counts towards the cap and the open counts. */
export const isOpenCommitment = (commitment: Pick<CommitmentRecord, 'status'>) => commitment.status === 'open';

export function countOpenCommitments(
  commitments: readonly Pick<CommitmentRecord, 'status' | 'owner'>[],
  owner?: string,
) {
  return commitments.filter((c) => isOpenCommitment(c) && (owner === undefined || c.owner === owner)).length;
}

/** How a change moves the open count: +1 reopened, -1 done or dropped, 0 otherwise. */
export function openCommitmentDelta(before: Pick<CommitmentRecord, 'status'>, after: Pick<CommitmentRecord, 'status'>) {
  return Number(isOpenCommitment(after)) - Number(isOpenCommitment(before));
}

/** Stable order for lists: by id, which starts with the creation time. */
export function sortCommitments<T extends Pick<CommitmentRecord, 'id'>>(commitments: readonly T[]): T[] {
  return [...commitments].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function checkOwner(owner: string, members: Members): Outcome<string> {
  return isMember(owner, members) ? ok(owner) : refuse('invalid-input', 'Must be one of the two peers', 'owner');
}

/** Only the owner or the creator may reword, reassign, re-date, drop or un-drop a commitment. */
export function mayEditCommitment(caller: string, commitment: Pick<CommitmentRecord, 'owner' | 'createdBy'>) {
  return caller === commitment.owner || caller === commitment.createdBy;
}

/** A new open commitment, or why not: the owner must be a member, and the open cap holds. */
export function newCommitment(
  draft: CommitmentDraft,
  context: ItemContext & { id: string; openCount: number },
): Outcome<CommitmentRecord> {
  if (!isMember(context.caller, context.members)) return refuse('forbidden', 'Only the two peers can add commitments');
  const owner = checkOwner(draft.owner, context.members);
  if (!owner.ok) return owner;
  if (context.openCount >= MAX_OPEN_COMMITMENTS) {
    return refuse('limit-reached', `At most ${MAX_OPEN_COMMITMENTS} open commitments`, 'text');
  }
  return ok({
    id: context.id,
    text: draft.text,
    owner: draft.owner,
    ...(draft.dueDate ? { dueDate: draft.dueDate } : {}),
    status: 'open',
    createdBy: context.caller,
    createdAt: context.nowIso,
  });
}

/**
 * Applies a patch. Either peer may mark done or reopen; text, owner, due date and anything to or
 * from `dropped` need the owner or the creator. A status that does not change keeps `doneAt`.
 */
export function applyCommitmentPatch<T extends CommitmentRecord>(
  current: T,
  patch: CommitmentPatch,
  context: ItemContext,
): Outcome<T> {
  if (!isMember(context.caller, context.members))
    return refuse('forbidden', 'Only the two peers can change commitments');
  const statusChanges = patch.status !== undefined && patch.status !== current.status;
  const touchesDropped = statusChanges && (patch.status === 'dropped' || current.status === 'dropped');
  const edits = patch.text !== undefined || patch.owner !== undefined || patch.dueDate !== undefined;
  if ((edits || touchesDropped) && !mayEditCommitment(context.caller, current)) {
    const field =
      patch.text !== undefined ? 'text' : patch.owner !== undefined ? 'owner' : edits ? 'dueDate' : 'status';
    return refuse('forbidden', 'Only its owner or the person who wrote it can change this commitment', field);
  }
  const next: T = { ...current };
  if (patch.owner !== undefined) {
    const owner = checkOwner(patch.owner, context.members);
    if (!owner.ok) return owner;
    next.owner = patch.owner;
  }
  if (patch.text !== undefined) next.text = patch.text;
  if (patch.dueDate !== undefined) {
    if (patch.dueDate) next.dueDate = patch.dueDate;
    else delete next.dueDate;
  }
  if (statusChanges && patch.status !== undefined) {
    next.status = patch.status;
    if (patch.status === 'done') next.doneAt = context.nowIso;
    else delete next.doneAt;
  }
  return ok(next);
}
