import { describe, expect, it } from 'vitest';
import { transition, whoMay } from '../../../shared/relationships/lifecycle';
import type { Lifecycle, LifecycleAction, Transition } from '../../../shared/relationships/lifecycle-types';
import { FORMER_MEMBER } from '../../../shared/relationships/relationship-schemas';

const dec1 = Date.parse('2026-12-01T12:00:00Z');
const dec1Iso = new Date(dec1).toISOString();

function step(current: Lifecycle | null, action: LifecycleAction, nowMs = dec1): Transition {
  const result = transition(current, action, nowMs);
  if (!result.ok) throw new Error(`refused: ${result.code} ${result.reason}`);
  return result.value;
}
const invited = () => step(null, { type: 'invite', by: 'ana', peer: 'ben', cadenceWeeks: 4 }).lifecycle;
const active = () => step(invited(), { type: 'accept', by: 'ben' }).lifecycle;
const booked = () => step(active(), { type: 'schedule', by: 'ana', firstStart: '2026-12-03T10:00:00Z' }).lifecycle;

describe('relationship life cycle', () => {
  it('an invitation notifies the invitee and waits for their answer in generation 1', () => {
    const t = step(null, { type: 'invite', by: 'ben', peer: 'ana', cadenceWeeks: 4 });
    expect(t.lifecycle).toEqual({
      state: 'invited',
      generation: 1,
      members: ['ana', 'ben'],
      initiatedBy: 'ben',
      pendingWith: 'ana',
      cadenceWeeks: 4,
    });
    expect(t.notifications).toEqual([{ to: 'ana', kind: 'invited', from: 'ben', generation: 1 }]);
    expect(t.calendar).toEqual([]);
    expect(t.cleanSlate).toBe(false);
  });

  it('inviting oneself is refused as bad input naming peer', () => {
    expect(transition(null, { type: 'invite', by: 'ana', peer: 'ana', cadenceWeeks: 4 }, dec1)).toMatchObject({
      ok: false,
      code: 'invalid-input',
      field: 'peer',
    });
  });

  it('inviting someone you already have a live relationship with is a conflict', () => {
    expect(transition(active(), { type: 'invite', by: 'ben', peer: 'ana', cadenceWeeks: 2 }, dec1)).toMatchObject({
      code: 'conflict',
    });
  });

  it('accepting makes it active, notifies the initiator and offers times', () => {
    const t = step(invited(), { type: 'accept', by: 'ben' });
    expect(t.lifecycle.state).toBe('active');
    expect(t.lifecycle.pendingWith).toBeUndefined();
    expect(t.notifications).toEqual([{ to: 'ana', kind: 'accepted', from: 'ben', generation: 1 }]);
    expect(t.offerTimes).toBe(true);
  });

  it('the initiator cannot answer their own invitation (400 naming action), and an outsider cannot act at all', () => {
    expect(transition(invited(), { type: 'accept', by: 'ana' }, dec1)).toMatchObject({
      code: 'invalid-input',
      field: 'action',
    });
    expect(transition(active(), { type: 'decline', by: 'ben' }, dec1)).toMatchObject({ field: 'action' });
    expect(transition(invited(), { type: 'end', by: 'carol' }, dec1)).toMatchObject({ code: 'forbidden' });
  });

  it('a counter-proposal notifies the initiator, whose accept then notifies the invitee', () => {
    const proposed = step(invited(), { type: 'propose', by: 'ben', cadenceWeeks: 6 });
    expect(proposed.lifecycle).toMatchObject({ state: 'invited', cadenceWeeks: 6, pendingWith: 'ana' });
    expect(proposed.notifications).toEqual([{ to: 'ana', kind: 'proposed', from: 'ben', generation: 1 }]);
    const accepted = step(proposed.lifecycle, { type: 'accept', by: 'ana' });
    expect(accepted.notifications).toEqual([{ to: 'ben', kind: 'accepted', from: 'ana', generation: 1 }]);
  });

  it('declining notifies nobody and leaves a declined generation', () => {
    const t = step(invited(), { type: 'decline', by: 'ben' });
    expect(t.lifecycle.state).toBe('declined');
    expect(t.notifications).toEqual([]);
    expect(t.calendar).toEqual([]);
  });

  it('an invitation with a proposed time books nothing; the accept books it, the initiator organising', () => {
    const proposedSlot = { start: '2026-12-03T15:00:00+00:00', end: '2026-12-03T15:45:00+00:00' };
    const sent = step(null, { type: 'invite', by: 'ana', peer: 'ben', cadenceWeeks: 4, proposedSlot });
    expect(sent.calendar).toEqual([]);
    expect(sent.lifecycle.proposedSlot).toEqual(proposedSlot);
    const t = step(sent.lifecycle, { type: 'accept', by: 'ben' });
    const series = { organizer: 'ana', firstStart: '2026-12-03T15:00:00.000Z', cadenceWeeks: 4 };
    expect(t.lifecycle).toMatchObject({ state: 'active', series });
    expect(t.calendar).toEqual([{ kind: 'book-series', generation: 1, series, attendee: 'ben' }]);
    expect(t.notifications).toEqual([{ to: 'ana', kind: 'accepted', from: 'ben', generation: 1 }]);
    expect(t.offerTimes).toBe(false);
  });

  it('after a counter-proposal the initiator’s accept books the proposed time at the new cadence, still organising', () => {
    const proposedSlot = { start: '2026-12-03T15:00:00Z', end: '2026-12-03T15:30:00Z' };
    const sent = step(null, { type: 'invite', by: 'ana', peer: 'ben', cadenceWeeks: 4, proposedSlot });
    const countered = step(sent.lifecycle, { type: 'propose', by: 'ben', cadenceWeeks: 8 });
    const t = step(countered.lifecycle, { type: 'accept', by: 'ana' });
    expect(t.calendar).toEqual([
      {
        kind: 'book-series',
        generation: 1,
        series: { organizer: 'ana', firstStart: '2026-12-03T15:00:00.000Z', cadenceWeeks: 8 },
        attendee: 'ben',
      },
    ]);
  });

  it('a proposed time that has passed by the accept books nothing and offers times', () => {
    const proposedSlot = { start: '2026-12-03T15:00:00Z', end: '2026-12-03T15:30:00Z' };
    const sent = step(null, { type: 'invite', by: 'ana', peer: 'ben', cadenceWeeks: 4, proposedSlot });
    const t = step(sent.lifecycle, { type: 'accept', by: 'ben' }, Date.parse('2026-12-04T09:00:00Z'));
    expect(t.lifecycle.state).toBe('active');
    expect(t.lifecycle.series).toBeUndefined();
    expect(t.calendar).toEqual([]);
    expect(t.offerTimes).toBe(true);
  });

  it('a proposed time in the past, or ending before it starts, is refused naming proposedSlot', () => {
    for (const proposedSlot of [
      { start: '2026-11-30T15:00:00Z', end: '2026-11-30T15:30:00Z' },
      { start: '2026-12-03T15:30:00Z', end: '2026-12-03T15:00:00Z' },
    ]) {
      expect(
        transition(null, { type: 'invite', by: 'ana', peer: 'ben', cadenceWeeks: 4, proposedSlot }, dec1),
      ).toMatchObject({ ok: false, code: 'invalid-input', field: 'proposedSlot' });
    }
  });

  it('declining an invitation with a proposed time books nothing', () => {
    const proposedSlot = { start: '2026-12-03T15:00:00Z', end: '2026-12-03T15:30:00Z' };
    const sent = step(null, { type: 'invite', by: 'ana', peer: 'ben', cadenceWeeks: 4, proposedSlot });
    expect(step(sent.lifecycle, { type: 'decline', by: 'ben' }).calendar).toEqual([]);
  });

  it('scheduling before the invitee accepts is a conflict: nothing is written into their calendar', () => {
    expect(
      transition(invited(), { type: 'schedule', by: 'ana', firstStart: '2026-12-03T10:00:00Z' }, dec1),
    ).toMatchObject({
      code: 'conflict',
    });
  });

  it('scheduling an active relationship books one series, the other member attending', () => {
    const t = step(active(), { type: 'schedule', by: 'ana', firstStart: '2026-12-03T10:00:00+00:00' });
    const series = { organizer: 'ana', firstStart: '2026-12-03T10:00:00.000Z', cadenceWeeks: 4 };
    expect(t.lifecycle.series).toEqual(series);
    expect(t.calendar).toEqual([{ kind: 'book-series', generation: 1, series, attendee: 'ben' }]);
  });

  it('a second schedule is refused; a reschedule replaces the series instead of adding one', () => {
    const once = booked();
    expect(transition(once, { type: 'schedule', by: 'ben', firstStart: '2026-12-04T10:00:00Z' }, dec1)).toMatchObject({
      code: 'conflict',
    });
    const t = step(once, { type: 'reschedule', by: 'ben', firstStart: '2026-12-04T10:00:00Z' });
    expect(t.calendar).toEqual([
      {
        kind: 'replace-series',
        generation: 1,
        previous: once.series,
        next: { organizer: 'ben', firstStart: '2026-12-04T10:00:00.000Z', cadenceWeeks: 4 },
        attendee: 'ana',
        from: dec1Iso,
      },
    ]);
  });

  it('booking a time in the past is invalid input', () => {
    expect(
      transition(active(), { type: 'schedule', by: 'ana', firstStart: '2026-11-30T10:00:00Z' }, dec1),
    ).toMatchObject({
      code: 'invalid-input',
      field: 'start',
    });
  });

  it('pausing until Dec 20 cancels the occurrences before Dec 20 (London midnight) and their reminders', () => {
    const t = step(booked(), { type: 'pause', by: 'ben', until: '2026-12-20', timeZone: 'Europe/London' });
    expect(t.lifecycle).toMatchObject({ state: 'paused', pausedUntil: '2026-12-20' });
    expect(t.calendar).toEqual([
      {
        kind: 'cancel-occurrences',
        generation: 1,
        series: booked().series,
        from: dec1Iso,
        until: '2026-12-20T00:00:00.000Z',
      },
    ]);
    expect(t.reminders).toEqual([
      { kind: 'drop-reminders', generation: 1, from: dec1Iso, until: '2026-12-20T00:00:00.000Z' },
    ]);
  });

  it('the pause window ends at midnight in the caller’s zone (Los Angeles is 08:00 UTC)', () => {
    const t = step(booked(), { type: 'pause', by: 'ana', until: '2026-12-20', timeZone: 'Pacific Standard Time' });
    expect(t.calendar[0]).toMatchObject({ until: '2026-12-20T08:00:00.000Z' });
  });

  it('pausing to a date that is not in the future, or before acceptance, is refused', () => {
    expect(
      transition(booked(), { type: 'pause', by: 'ana', until: '2026-12-01', timeZone: 'UTC' }, dec1),
    ).toMatchObject({ code: 'invalid-input', field: 'pausedUntil' });
    expect(
      transition(invited(), { type: 'pause', by: 'ana', until: '2026-12-20', timeZone: 'UTC' }, dec1),
    ).toMatchObject({ code: 'conflict' });
    expect(
      transition(booked(), { type: 'pause', by: 'ana', until: '2026-12-20', timeZone: 'Mars/Olympus' }, dec1),
    ).toMatchObject({ code: 'invalid-input' });
  });

  it('resuming makes it active again and offers times', () => {
    const paused = step(booked(), { type: 'pause', by: 'ana', until: '2026-12-20', timeZone: 'UTC' }).lifecycle;
    const t = step(paused, { type: 'resume', by: 'ben' });
    expect(t.lifecycle.state).toBe('active');
    expect(t.lifecycle.pausedUntil).toBeUndefined();
    expect(t.offerTimes).toBe(true);
  });

  it('ending cancels future occurrences for both: the organiser cancels, the attendee’s copy goes', () => {
    const once = booked();
    const t = step(once, { type: 'end', by: 'ben' });
    expect(t.lifecycle.state).toBe('ended');
    expect(t.calendar).toEqual([
      { kind: 'cancel-series', generation: 1, series: once.series, from: dec1Iso },
      {
        kind: 'remove-attendee-copy',
        generation: 1,
        series: once.series,
        attendee: 'ben',
        from: dec1Iso,
        response: 'remove',
      },
    ]);
    expect(t.reminders).toEqual([{ kind: 'drop-reminders', generation: 1, from: dec1Iso }]);
    expect(t.notifications).toEqual([]);
  });

  it('an ended generation refuses every write with ended', () => {
    const ended = step(booked(), { type: 'end', by: 'ana' }).lifecycle;
    const writes: LifecycleAction[] = [
      { type: 'accept', by: 'ben' },
      { type: 'schedule', by: 'ana', firstStart: '2026-12-05T10:00:00Z' },
      { type: 'reschedule', by: 'ana', firstStart: '2026-12-05T10:00:00Z' },
      { type: 'pause', by: 'ana', until: '2026-12-20', timeZone: 'UTC' },
      { type: 'resume', by: 'ana' },
      { type: 'end', by: 'ben' },
      { type: 'propose', by: 'ben', cadenceWeeks: 2 },
    ];
    for (const action of writes) expect(transition(ended, action, dec1)).toMatchObject({ ok: false, code: 'ended' });
  });

  it('after a decline, the invitee may restart: a fresh invitation in generation 2, with a clean slate', () => {
    const declined = step(invited(), { type: 'decline', by: 'ben' }).lifecycle;
    const t = step(declined, { type: 'restart', by: 'ben' });
    expect(t.lifecycle).toEqual({
      state: 'invited',
      generation: 2,
      members: ['ana', 'ben'],
      initiatedBy: 'ben',
      pendingWith: 'ana',
      cadenceWeeks: 4,
    });
    expect(t.cleanSlate).toBe(true);
    expect(t.notifications).toEqual([{ to: 'ana', kind: 'invited', from: 'ben', generation: 2 }]);
  });

  it('inviting the same person after an end starts the next generation, without the old series', () => {
    const ended = step(booked(), { type: 'end', by: 'ana' }).lifecycle;
    const t = step(ended, { type: 'invite', by: 'ana', peer: 'ben', cadenceWeeks: 2 });
    expect(t.lifecycle).toMatchObject({ state: 'invited', generation: 2, cadenceWeeks: 2 });
    expect(t.lifecycle.series).toBeUndefined();
    expect(transition(booked(), { type: 'restart', by: 'ana' }, dec1)).toMatchObject({ code: 'conflict' });
  });

  it('erasure by the attendee declines their copy, the organiser cancels, and their id is gone', () => {
    const once = booked();
    const t = step(once, { type: 'leave-by-erasure', by: 'ben' });
    expect(t.lifecycle).toMatchObject({ state: 'ended', members: ['ana', FORMER_MEMBER], initiatedBy: 'ana' });
    expect(t.lifecycle.series).toBeUndefined();
    expect(t.calendar).toEqual([
      { kind: 'cancel-series', generation: 1, series: once.series, from: dec1Iso },
      {
        kind: 'remove-attendee-copy',
        generation: 1,
        series: once.series,
        attendee: 'ben',
        from: dec1Iso,
        response: 'decline',
      },
    ]);
    expect(JSON.stringify(t.lifecycle)).not.toContain('ben');
  });

  it('erasure by the organiser cancels what they organised; the peer’s copy goes quietly', () => {
    const t = step(booked(), { type: 'leave-by-erasure', by: 'ana' });
    expect(t.lifecycle).toMatchObject({ members: [FORMER_MEMBER, 'ben'], initiatedBy: FORMER_MEMBER });
    expect(t.calendar.map((e) => e.kind)).toEqual(['cancel-series', 'remove-attendee-copy']);
    expect(t.calendar[1]).toMatchObject({ attendee: 'ben', response: 'remove' });
  });

  it('after an erasure, restart is refused but a new invitation by name starts the next generation', () => {
    const erased = step(booked(), { type: 'leave-by-erasure', by: 'ben' }).lifecycle;
    expect(transition(erased, { type: 'restart', by: 'ana' }, dec1)).toMatchObject({ code: 'not-a-peer' });
    expect(transition(erased, { type: 'accept', by: 'ben' }, dec1)).toMatchObject({ code: 'forbidden' });
    const t = step(erased, { type: 'invite', by: 'ana', peer: 'ben', cadenceWeeks: 4 });
    expect(t.lifecycle).toMatchObject({ generation: 2, members: ['ana', 'ben'], state: 'invited' });
  });

  it('erasing a legacy ended row that still holds a series cleans the calendars too', () => {
    const legacy: Lifecycle = { ...booked(), state: 'ended' };
    const t = step(legacy, { type: 'leave-by-erasure', by: 'ana' });
    expect(t.lifecycle.state).toBe('ended');
    expect(t.calendar).toHaveLength(2);
  });

  it('nothing but an invitation can happen before there is a relationship', () => {
    expect(transition(null, { type: 'accept', by: 'ben' }, dec1)).toMatchObject({ code: 'not-found' });
  });

  it('answers wait for the awaited member; everything else is for either peer', () => {
    expect(
      Object.entries(whoMay)
        .filter(([, who]) => who !== 'either')
        .map(([a]) => a),
    ).toEqual(['accept', 'propose', 'decline']);
  });
});
