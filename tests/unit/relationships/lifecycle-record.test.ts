import { describe, expect, it } from 'vitest';
import { transition } from '../../../shared/relationships/lifecycle';
import {
  assertWritable,
  generationOf,
  lifecycleOf,
  lifecycleStateOf,
  withLifecycle,
} from '../../../shared/relationships/lifecycle-record';
import { planRelationshipPatch } from '../../../shared/relationships/relationship-patch';
import { relationshipSchema, type Relationship } from '../../../shared/relationships/relationship-schemas';

const dec1 = Date.parse('2026-12-01T12:00:00Z');
const nowIso = new Date(dec1).toISOString();
const stored: Relationship = {
  id: 'AAAAAAAAAAAAAAAAAAAAAA',
  members: ['ana', 'ben'],
  initiatedBy: 'ana',
  status: 'active',
  answer: 'accepted',
  goal: 'rapport',
  cadenceWeeks: 4,
  format: 'coffee',
  lastMetAt: '2026-11-20T10:00:00.000Z',
  nextMeetingAt: '2026-12-18T10:00:00.000Z',
  createdAt: '2026-11-01T09:00:00.000Z',
  version: 7,
};
const ctx = { caller: 'ana', nowMs: dec1, timeZone: 'Europe/London' };

describe('stored relationships and the life cycle', () => {
  it('a row from before generations is generation 1 and still parses', () => {
    expect(relationshipSchema.parse(stored)).toEqual(stored);
    expect(generationOf(stored)).toBe(1);
  });

  it('a decline is read from today’s rows (ended, answered "not now") and written back the same way', () => {
    const invited: Relationship = { ...stored, status: 'invited', pendingWith: 'ben' };
    delete invited.answer;
    const declined = transition(lifecycleOf(invited), { type: 'decline', by: 'ben' }, dec1);
    if (!declined.ok) throw new Error(declined.reason);
    const row = withLifecycle(invited, declined.value.lifecycle, nowIso);
    expect(row).toMatchObject({ status: 'ended', answer: 'not-now' });
    expect(row.pendingWith).toBeUndefined();
    expect(lifecycleStateOf(row)).toBe('declined');
    expect(lifecycleStateOf({ status: 'ended', answer: 'accepted' })).toBe('ended');
  });

  it('lifecycleOf and withLifecycle round-trip a row unchanged', () => {
    expect(withLifecycle(stored, lifecycleOf(stored), nowIso)).toEqual({ ...stored, generation: 1 });
  });

  it('a restart forgets the old generation’s meeting dates and answer, and keeps goal and format', () => {
    const ended: Relationship = { ...stored, status: 'ended' };
    const restarted = transition(lifecycleOf(ended), { type: 'restart', by: 'ben' }, dec1);
    if (!restarted.ok) throw new Error(restarted.reason);
    const row = withLifecycle(ended, restarted.value.lifecycle, nowIso);
    expect(row).toMatchObject({
      status: 'invited',
      generation: 2,
      pendingWith: 'ana',
      initiatedBy: 'ben',
      createdAt: nowIso,
    });
    expect(row).toMatchObject({ goal: 'rapport', format: 'coffee', version: 7 });
    for (const gone of ['lastMetAt', 'nextMeetingAt', 'answer'] as const) expect(row[gone]).toBeUndefined();
    expect(relationshipSchema.safeParse(row).success).toBe(true);
  });

  it('every shared-item write asks assertWritable: ended and declined refuse with ended', () => {
    expect(assertWritable(stored)).toEqual({ ok: true, value: undefined });
    expect(assertWritable({ status: 'invited' })).toMatchObject({ ok: true });
    expect(assertWritable({ status: 'ended' })).toMatchObject({ ok: false, code: 'ended' });
    expect(assertWritable({ status: 'ended', answer: 'not-now' })).toMatchObject({ ok: false, code: 'ended' });
  });
});

describe('PATCH /relationships/{id} as a rule', () => {
  it('a patch carrying status "ended" plus other fields does not get past the end lock', () => {
    const ended: Relationship = { ...stored, status: 'ended' };
    expect(planRelationshipPatch(ended, { status: 'ended', goal: 'ideas' }, ctx)).toMatchObject({
      ok: false,
      code: 'ended',
    });
    expect(planRelationshipPatch(ended, { goal: 'ideas' }, ctx)).toMatchObject({ code: 'ended' });
  });

  it('ending together with other changes on a live relationship is refused, naming status', () => {
    expect(planRelationshipPatch(stored, { status: 'ended', format: 'walk' }, ctx)).toMatchObject({
      code: 'invalid-input',
      field: 'status',
    });
  });

  it('ending alone ends it and hands back the calendar effects', () => {
    const withSeries = {
      ...stored,
      series: { organizer: 'ben', firstStart: '2026-11-05T10:00:00.000Z', cadenceWeeks: 4 as const },
    };
    const plan = planRelationshipPatch(withSeries, { status: 'ended' }, ctx);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.value.relationship.status).toBe('ended');
    expect(plan.value.transition?.calendar.map((e) => e.kind)).toEqual(['cancel-series', 'remove-attendee-copy']);
  });

  it('a pause date pauses; null resumes; null on an active relationship changes nothing', () => {
    const paused = planRelationshipPatch(stored, { pausedUntil: '2026-12-20' }, ctx);
    if (!paused.ok) throw new Error(paused.reason);
    expect(paused.value.relationship).toMatchObject({ status: 'paused', pausedUntil: '2026-12-20' });
    const resumed = planRelationshipPatch(paused.value.relationship, { pausedUntil: null }, ctx);
    expect(resumed.ok && resumed.value.relationship.status).toBe('active');
    const noop = planRelationshipPatch(stored, { pausedUntil: null }, ctx);
    expect(noop.ok && noop.value).toEqual({ relationship: stored, transition: null });
  });

  it('pausing an invitation is refused, naming pausedUntil', () => {
    const invited: Relationship = { ...stored, status: 'invited', pendingWith: 'ben' };
    expect(planRelationshipPatch(invited, { pausedUntil: '2026-12-20' }, ctx)).toMatchObject({
      code: 'conflict',
      field: 'pausedUntil',
    });
  });

  it('plain edits change only their fields; an empty goal note removes it', () => {
    const noted = { ...stored, goalNote: 'Learn about sales' };
    const plan = planRelationshipPatch(noted, { cadenceWeeks: 6, goalNote: null }, ctx);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.value.transition).toBeNull();
    expect(plan.value.relationship).toEqual({ ...stored, cadenceWeeks: 6 });
  });
});
