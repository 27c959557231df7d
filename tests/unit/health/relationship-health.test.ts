import { describe, expect, it } from 'vitest';
import { assessHealth, healthAssessmentSchema } from '../../../shared/health/relationship-health';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 5, 1, 12);

describe('assessHealth', () => {
  it('is not scheduled before anything is booked', () => {
    expect(assessHealth({ cadenceWeeks: 4, lastMetAt: null, nextMeetingAt: null, now: NOW })).toEqual({
      health: 'not-scheduled',
      dueAt: null,
      reason: 'No meeting booked yet',
    });
  });

  it('is on track once the first meeting is booked', () => {
    const a = assessHealth({ cadenceWeeks: 4, lastMetAt: null, nextMeetingAt: NOW + 3 * DAY, now: NOW });
    expect(a).toMatchObject({ health: 'on-track', reason: 'First meeting in 3 days' });
  });

  it('is on track when the next meeting falls within the cadence', () => {
    const a = assessHealth({ cadenceWeeks: 4, lastMetAt: NOW - 10 * DAY, nextMeetingAt: NOW + 18 * DAY, now: NOW });
    expect(a.health).toBe('on-track');
    expect(a.dueAt).toBe(NOW + 18 * DAY);
    expect(healthAssessmentSchema.parse(a)).toEqual(a);
  });

  it('tolerates a booked meeting up to a week late on a 4-week cadence', () => {
    const base = { cadenceWeeks: 4 as const, lastMetAt: NOW - 10 * DAY, now: NOW };
    expect(assessHealth({ ...base, nextMeetingAt: NOW + 25 * DAY }).health).toBe('on-track');
    const late = assessHealth({ ...base, nextMeetingAt: NOW + 26 * DAY });
    expect(late.health).toBe('on-track');
    expect(late.reason).toContain('consider moving it');
  });

  it('is due soon within a week of the due date with nothing booked', () => {
    const a = assessHealth({ cadenceWeeks: 6, lastMetAt: NOW - 37 * DAY, nextMeetingAt: null, now: NOW });
    expect(a).toMatchObject({ health: 'due-soon', reason: 'Due in 5 days (every 6 weeks), nothing booked yet' });
  });

  it('uses a shorter due-soon window for 2- and 3-week cadences', () => {
    const base = { cadenceWeeks: 2 as const, nextMeetingAt: null, now: NOW };
    expect(assessHealth({ ...base, lastMetAt: NOW - 9 * DAY }).health).toBe('not-scheduled');
    expect(assessHealth({ ...base, lastMetAt: NOW - 11 * DAY }).health).toBe('due-soon');
  });

  it('is overdue past the due date, booked late or not', () => {
    const unbooked = assessHealth({ cadenceWeeks: 4, lastMetAt: NOW - 40 * DAY, nextMeetingAt: null, now: NOW });
    expect(unbooked).toMatchObject({
      health: 'overdue',
      reason: 'Due 12 days ago (every 4 weeks): last met 40 days ago, nothing booked',
    });
    const bookedLate = assessHealth({
      cadenceWeeks: 4,
      lastMetAt: NOW - 40 * DAY,
      nextMeetingAt: NOW + 20 * DAY,
      now: NOW,
    });
    expect(bookedLate.health).toBe('overdue');
    expect(bookedLate.reason).toContain('next meeting only in 20 days');
  });

  it('is on track when overdue but a meeting is booked within the grace week', () => {
    const a = assessHealth({ cadenceWeeks: 4, lastMetAt: NOW - 30 * DAY, nextMeetingAt: NOW + 2 * DAY, now: NOW });
    expect(a.health).toBe('on-track');
  });

  it('ignores a "next" meeting that is already in the past', () => {
    const a = assessHealth({ cadenceWeeks: 8, lastMetAt: NOW - 70 * DAY, nextMeetingAt: NOW - DAY, now: NOW });
    expect(a.health).toBe('overdue');
  });

  it('is not scheduled when met recently and nothing is booked', () => {
    const a = assessHealth({ cadenceWeeks: 8, lastMetAt: NOW - 7 * DAY, nextMeetingAt: null, now: NOW });
    expect(a).toMatchObject({
      health: 'not-scheduled',
      reason: 'No next meeting booked; last met 7 days ago, every 8 weeks',
    });
  });
});
