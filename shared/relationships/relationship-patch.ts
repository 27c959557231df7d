import { ok, refuse, type Outcome } from '../errors/app-error';
import { transition } from './lifecycle';
import { assertWritable, lifecycleOf, withLifecycle } from './lifecycle-record';
import type { Transition } from './lifecycle-types';
import type { PatchRelationship, Relationship } from './relationship-schemas';

/**
 * `PATCH /relationships/{id}` as one rule: edits to goal, note, cadence and format; a pause date
 * (or null to resume); `status: "ended"`. Closed generations refuse everything with `ended`, so
 * no field rides past the end lock alongside `status`.
 */
export interface PatchPlan {
  relationship: Relationship;
  /** The life-cycle step the patch took (pause, resume or end), with its effects; null for plain edits. */
  transition: Transition | null;
}

export function planRelationshipPatch(
  relationship: Relationship,
  patch: PatchRelationship,
  context: { caller: string; nowMs: number; timeZone: string },
): Outcome<PatchPlan> {
  const writable = assertWritable(relationship);
  if (!writable.ok) return writable;
  const edits = (['goal', 'goalNote', 'cadenceWeeks', 'format', 'pausedUntil'] as const).filter(
    (key) => patch[key] !== undefined,
  );
  if (patch.status === 'ended' && edits.length > 0) {
    return refuse('invalid-input', 'End a relationship on its own, without other changes', 'status');
  }

  const nowIso = new Date(context.nowMs).toISOString();
  let next: Relationship = { ...relationship };
  let step: Transition | null = null;
  const lifecycle = lifecycleOf(relationship);
  if (patch.status === 'ended') {
    const ended = transition(lifecycle, { type: 'end', by: context.caller }, context.nowMs);
    if (!ended.ok) return ended;
    step = ended.value;
  } else if (patch.pausedUntil === null) {
    // Clearing a pause that is not there is a no-op, as it always was.
    if (lifecycle.state === 'paused') {
      const resumed = transition(lifecycle, { type: 'resume', by: context.caller }, context.nowMs);
      if (!resumed.ok) return resumed;
      step = resumed.value;
    }
  } else if (patch.pausedUntil !== undefined) {
    const paused = transition(
      lifecycle,
      { type: 'pause', by: context.caller, until: patch.pausedUntil, timeZone: context.timeZone },
      context.nowMs,
    );
    if (!paused.ok) return paused;
    step = paused.value;
  }
  if (step) next = withLifecycle(next, step.lifecycle, nowIso);

  if (patch.goal !== undefined) next.goal = patch.goal;
  if (patch.goalNote !== undefined) {
    if (patch.goalNote) next.goalNote = patch.goalNote;
    else delete next.goalNote;
  }
  if (patch.cadenceWeeks !== undefined) next.cadenceWeeks = patch.cadenceWeeks;
  if (patch.format !== undefined) next.format = patch.format;
  return ok({ relationship: next, transition: step });
}
