import { describe, expect, it } from 'vitest';
import { transition } from '../../../shared/relationships/lifecycle';
import { active, booked, dec1, dec1Iso, invited, step } from './lifecycle-fixtures';

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
});
