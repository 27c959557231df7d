import { describe, expect, it } from 'vitest';
import { healthReasonText, type HealthWording } from '../../../addin/src/i18n/health-reason';
import { enUS, type MessageId } from '../../../addin/src/i18n/messages.en-US';

/** The English catalogue with `{name}` arguments filled in (plurals as "other"), enough for these lines. */
const english: HealthWording = {
  t: (id: MessageId, values = {}) =>
    enUS[id]
      .replace(/\{(\w+), plural, [^{]*\{[^}]*\} other \{([^}]*)\}\}/g, (_, name: string, other: string) =>
        other.replace('#', String(values[name])),
      )
      .replace(/\{(\w+)\}/g, (_, name: string) => String(values[name])),
  timeView: { locale: 'en-US', zone: 'Europe/London' },
};

const NOW = Date.parse('2026-12-01T10:00:00Z');
const DAY = 86_400_000;

describe('the health line beside the badge, in the page language', () => {
  it('says nothing is booked, or when the first meeting is (in hours when it is today)', () => {
    expect(healthReasonText(english, { health: 'not-scheduled', cadenceWeeks: 4 }, NOW)).toBe('No meeting booked yet');
    const inTwoHours = new Date(NOW + 2 * 3_600_000).toISOString();
    expect(healthReasonText(english, { health: 'on-track', cadenceWeeks: 4, nextMeetingAt: inTwoHours }, NOW)).toBe(
      'First meeting in 2 hours',
    );
  });

  it('names the next meeting and the cadence when on track', () => {
    const facts = {
      health: 'on-track' as const,
      cadenceWeeks: 2,
      lastMetAt: new Date(NOW - 7 * DAY).toISOString(),
      nextMeetingAt: new Date(NOW + 3 * DAY).toISOString(),
    };
    expect(healthReasonText(english, facts, NOW)).toBe('Next meeting in 3 days, Every 2 weeks');
  });

  it('says how late an overdue one is, when they last met and that nothing is booked', () => {
    const facts = { health: 'overdue' as const, cadenceWeeks: 4, lastMetAt: new Date(NOW - 35 * DAY).toISOString() };
    expect(healthReasonText(english, facts, NOW)).toBe(
      'Was due 7 days ago (Every 4 weeks): last met 35 days ago, nothing booked',
    );
  });

  it('goes through the catalogue: every word of the line is a message id the translator was asked for', () => {
    const asked: string[] = [];
    const spy: HealthWording = { ...english, t: (id, values) => (asked.push(id), english.t(id, values)) };
    healthReasonText(
      spy,
      { health: 'due-soon', cadenceWeeks: 4, lastMetAt: new Date(NOW - 25 * DAY).toISOString() },
      NOW,
    );
    expect(asked.sort()).toEqual(['health.reason.due', 'health.reason.nothingBooked', 'settings.cadence.every'].sort());
  });
});
