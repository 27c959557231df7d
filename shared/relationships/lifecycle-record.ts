import { ok, refuse, type Outcome } from '../errors/app-error';
import { closedStates, type Lifecycle, type LifecycleState } from './lifecycle-types';
import type { Relationship } from './relationship-schemas';

/**
 * Between the stored relationship and the state machine. A decline is stored as today: status
 * `ended` with answer `not-now`, so rows, routes and the add-in keep their meaning.
 */

type StoredState = Pick<Relationship, 'status' | 'answer'>;

/** The life-cycle state of a stored relationship (`declined` is an ended row answered "not now"). */
export function lifecycleStateOf(relationship: StoredState): LifecycleState {
  return relationship.status === 'ended' && relationship.answer === 'not-now' ? 'declined' : relationship.status;
}

/** Rows written before generations existed are generation 1. */
export const generationOf = (relationship: Pick<Relationship, 'generation'>) => relationship.generation ?? 1;

export function lifecycleOf(relationship: Relationship): Lifecycle {
  return {
    state: lifecycleStateOf(relationship),
    generation: generationOf(relationship),
    members: relationship.members,
    initiatedBy: relationship.initiatedBy,
    ...(relationship.pendingWith === undefined ? {} : { pendingWith: relationship.pendingWith }),
    cadenceWeeks: relationship.cadenceWeeks,
    ...(relationship.pausedUntil === undefined ? {} : { pausedUntil: relationship.pausedUntil }),
    ...(relationship.series === undefined ? {} : { series: relationship.series }),
    ...(relationship.proposedSlot === undefined ? {} : { proposedSlot: relationship.proposedSlot }),
  };
}

/**
 * The relationship after a transition: life-cycle fields replaced, the rest kept. A new
 * generation also forgets the old generation's meeting dates and creation time; `version` is the
 * caller's to bump (it is the store's concurrency token).
 */
export function withLifecycle(relationship: Relationship, next: Lifecycle, nowIso: string): Relationship {
  const {
    pendingWith: _p,
    pausedUntil: _u,
    series: _s,
    proposedSlot: _ps,
    answer: _a,
    lastMetAt,
    nextMeetingAt,
    ...rest
  } = relationship;
  const fresh = next.generation !== generationOf(relationship);
  const answers: Record<Lifecycle['state'], Relationship['answer']> = {
    invited: undefined,
    active: 'accepted',
    paused: 'accepted',
    ended: fresh ? undefined : relationship.answer,
    declined: 'not-now',
  };
  const answer = answers[next.state];
  return {
    ...rest,
    members: [next.members[0], next.members[1]],
    initiatedBy: next.initiatedBy,
    status: next.state === 'declined' ? 'ended' : next.state,
    cadenceWeeks: next.cadenceWeeks,
    generation: next.generation,
    ...(answer === undefined ? {} : { answer }),
    ...(next.pendingWith === undefined ? {} : { pendingWith: next.pendingWith }),
    ...(next.pausedUntil === undefined ? {} : { pausedUntil: next.pausedUntil }),
    ...(next.series === undefined ? {} : { series: next.series }),
    ...(next.proposedSlot === undefined ? {} : { proposedSlot: next.proposedSlot }),
    ...(fresh || lastMetAt === undefined ? {} : { lastMetAt }),
    ...(fresh || nextMeetingAt === undefined ? {} : { nextMeetingAt }),
    ...(fresh ? { createdAt: nowIso } : {}),
  };
}

/**
 * The one rule every shared-item write (agenda, commitments, meetings, relationship edits) asks
 * first: ended and declined generations are read-only and answer `ended`.
 */
export function assertWritable(relationship: StoredState): Outcome<void> {
  return closedStates.includes(lifecycleStateOf(relationship))
    ? refuse('ended', 'This relationship has ended; it can no longer change')
    : ok(undefined);
}
