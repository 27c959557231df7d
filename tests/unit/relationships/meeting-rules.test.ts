import { describe, expect, it } from 'vitest';
import { applyMeetingPatch, newMeeting } from '../../../shared/relationships/meeting-rules';

const members = ['ana', 'ben'] as const;
const meeting = { id: 'm1', start: '2026-12-02T10:00:00.000Z', end: '2026-12-02T10:30:00.000Z', held: false };
const dec1 = Date.parse('2026-12-01T12:00:00Z');
const started = Date.parse('2026-12-02T10:00:00Z');

describe('meeting rules', () => {
  it('rating the Dec 2 meeting on Dec 1 is refused: it has not started', () => {
    expect(applyMeetingPatch(meeting, { rating: 4 }, { caller: 'ana', members, nowMs: dec1 })).toMatchObject({
      ok: false,
      code: 'conflict',
      field: 'rating',
    });
  });

  it('marking it held before it starts is refused', () => {
    expect(applyMeetingPatch(meeting, { held: true }, { caller: 'ana', members, nowMs: dec1 })).toMatchObject({
      code: 'conflict',
      field: 'held',
    });
  });

  it('once started, held and a rating are accepted; the rating is kept apart from the shared row', () => {
    const change = applyMeetingPatch(meeting, { held: true, rating: 5 }, { caller: 'ben', members, nowMs: started });
    expect(change).toEqual({ ok: true, value: { meeting: { ...meeting, held: true }, heldChanged: true, rating: 5 } });
  });

  it('un-marking held is always accepted, and an unchanged held is no change', () => {
    const held = { ...meeting, held: true };
    const undone = applyMeetingPatch(held, { held: false }, { caller: 'ana', members, nowMs: dec1 });
    expect(undone.ok && undone.value.heldChanged).toBe(true);
    const same = applyMeetingPatch(held, { held: true }, { caller: 'ana', members, nowMs: started });
    expect(same.ok && same.value).toEqual({ meeting: held, heldChanged: false });
  });

  it('a rating outside 1–5 is invalid input; an outsider is forbidden', () => {
    expect(applyMeetingPatch(meeting, { rating: 6 }, { caller: 'ana', members, nowMs: started })).toMatchObject({
      code: 'invalid-input',
    });
    expect(applyMeetingPatch(meeting, { held: true }, { caller: 'eve', members, nowMs: started })).toMatchObject({
      code: 'forbidden',
    });
  });

  it('a new meeting is stored in UTC, not held, and must end after it starts', () => {
    const made = newMeeting(
      { start: '2026-12-02T11:00:00+01:00', end: '2026-12-02T11:30:00+01:00', eventId: 'e1' },
      { caller: 'ana', members, id: 'm2' },
    );
    expect(made).toEqual({ ok: true, value: { ...meeting, id: 'm2', eventId: 'e1' } });
    expect(
      newMeeting({ start: meeting.start, end: meeting.start }, { caller: 'ana', members, id: 'm3' }),
    ).toMatchObject({ code: 'invalid-input', field: 'end' });
  });
});
