import { describe, expect, it } from 'vitest';
import { deliveryFor } from '../../../shared/reminders/delivery-window';
import { meetingPrep } from '../../../shared/reminders/meeting-prep';
import { workingCalendarOf } from '../../../shared/reminders/working-calendar';
import { ALEX, SAM, at, facts, input, weekdays } from './reminder-fixtures';

// Wednesday 9 December 2026, 14:00 in London (GMT, so 14:00Z).
const meeting = { nextMeetingStart: at('2026-12-09T14:00:00Z'), nextMeetingEnd: at('2026-12-09T14:30:00Z') };
const london = { [ALEX]: weekdays('GMT Standard Time'), [SAM]: weekdays('GMT Standard Time') };

describe('meetingPrep', () => {
  it('fires at 09:00 Europe/London the working day before', () => {
    const due = meetingPrep(input({ now: '2026-12-08T09:00:00Z', timeline: meeting, hours: london }));
    expect(due.map((r) => r.recipient).sort()).toEqual([ALEX, SAM]);
    expect(due[0]!.occurrence).toBe('prep-20261209T1400');
    const cal = workingCalendarOf(london[ALEX]!);
    expect(deliveryFor(due[0]!, cal, at('2026-12-08T09:00:00Z')).action).toBe('send');
  });

  it('never before the working morning of the day before', () => {
    expect(meetingPrep(input({ now: '2026-12-08T08:59:00Z', timeline: meeting, hours: london }))).toEqual([]);
    expect(meetingPrep(input({ now: '2026-12-07T16:00:00Z', timeline: meeting, hours: london }))).toEqual([]);
  });

  it('lapses once the meeting day has begun in the recipient zone', () => {
    expect(meetingPrep(input({ now: '2026-12-09T08:00:00Z', timeline: meeting, hours: london }))).toEqual([]);
  });

  it('a Monday meeting is prepared on Friday morning, skipping the weekend', () => {
    const monday = { nextMeetingStart: at('2026-12-14T10:00:00Z') };
    expect(meetingPrep(input({ now: '2026-12-11T08:59:00Z', timeline: monday, hours: london }))).toEqual([]);
    expect(meetingPrep(input({ now: '2026-12-11T09:00:00Z', timeline: monday, hours: london }))).toHaveLength(2);
  });

  it('each recipient gets it in their own morning: Tokyo hours before London', () => {
    const hours = { [ALEX]: weekdays('Tokyo Standard Time'), [SAM]: weekdays('GMT Standard Time') };
    // 09:00 in Tokyo on Tuesday is 00:00Z Tuesday.
    const early = meetingPrep(input({ now: '2026-12-08T00:00:00Z', timeline: meeting, hours }));
    expect(early.map((r) => r.recipient)).toEqual([ALEX]);
    const later = meetingPrep(input({ now: '2026-12-08T09:00:00Z', timeline: meeting, hours }));
    expect(later.map((r) => r.recipient).sort()).toEqual([ALEX, SAM]);
  });

  it('follows daylight saving: 09:00 New York is 14:00Z on the Friday before the change, 13:00Z after it', () => {
    const ny = { [ALEX]: weekdays('Eastern Standard Time'), [SAM]: weekdays('Eastern Standard Time') };
    // Clocks go forward on Sunday 14 March 2027.
    const monday = { nextMeetingStart: at('2027-03-15T14:00:00Z') };
    expect(meetingPrep(input({ now: '2027-03-12T13:59:00Z', timeline: monday, hours: ny }))).toEqual([]);
    expect(meetingPrep(input({ now: '2027-03-12T14:00:00Z', timeline: monday, hours: ny }))).toHaveLength(2);
    const tuesday = { nextMeetingStart: at('2027-03-16T14:00:00Z') };
    expect(meetingPrep(input({ now: '2027-03-15T12:59:00Z', timeline: tuesday, hours: ny }))).toEqual([]);
    expect(meetingPrep(input({ now: '2027-03-15T13:00:00Z', timeline: tuesday, hours: ny }))).toHaveLength(2);
  });

  it('carries the goal, open commitments both ways, the agenda count and one prompt for the goal', () => {
    const withItems = facts(
      { goal: 'workload' },
      {
        openCommitments: [
          { owner: SAM, text: 'Send the roadmap' },
          { owner: ALEX, text: 'Share the on-call rota' },
          { owner: ALEX, text: 'Book the room' },
        ],
        agendaCount: 4,
        meetingsHeld: 2,
      },
    );
    const due = meetingPrep(input({ now: '2026-12-08T10:00:00Z', timeline: meeting, hours: london, facts: withItems }));
    const forAlex = due.find((r) => r.recipient === ALEX)!;
    expect(forAlex.payload).toMatchObject({
      goal: 'workload',
      openMine: 2,
      openTheirs: 1,
      firstMine: 'Share the on-call rota',
      firstTheirs: 'Send the roadmap',
      agendaCount: 4,
    });
    expect(String(forAlex.payload.promptId)).toMatch(/^workload-/);
    expect(String(forAlex.payload.prompt).length).toBeGreaterThan(10);
    const forSam = due.find((r) => r.recipient === SAM)!;
    expect(forSam.payload).toMatchObject({ openMine: 1, openTheirs: 2, firstMine: 'Send the roadmap' });
  });

  it('paused or ended relationships get no prep', () => {
    for (const status of ['ended', 'paused'] as const) {
      const f = facts({ status, ...(status === 'paused' ? { pausedUntil: '2026-12-31' } : {}) });
      expect(meetingPrep(input({ now: '2026-12-08T10:00:00Z', timeline: meeting, hours: london, facts: f }))).toEqual(
        [],
      );
    }
  });
});
