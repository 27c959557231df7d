import { describe, expect, it } from 'vitest';
import { transition, whoMay } from '../../../shared/relationships/lifecycle';
import type { Lifecycle, LifecycleAction } from '../../../shared/relationships/lifecycle-types';
import { FORMER_MEMBER } from '../../../shared/relationships/relationship-schemas';
import { booked, dec1, dec1Iso, invited, step } from './lifecycle-fixtures';

describe('relationship life cycle: pause, end, restart and erasure', () => {
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
