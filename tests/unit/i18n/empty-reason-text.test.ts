import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { emptyReasonText } from '../../../addin/src/i18n/empty-reason-text';
import { enUS, type MessageId } from '../../../addin/src/i18n/messages.en-US';
import { pseudoLocalize } from '../../../addin/src/i18n/pseudo-localize';
import { englishEmptyReason } from '../../../shared/scheduling/empty-reason';
import { emptyReasonFactSchema, type EmptyReasonFact } from '../../../shared/scheduling/empty-reason-facts';

/** The English catalogue through the real ICU formatter. */
const t = (id: MessageId, values: Record<string, string | number> = {}) =>
  String(new IntlMessageFormat(enUS[id], 'en-US').format(values));

const apart: EmptyReasonFact = {
  kind: 'hoursNeverOverlap',
  people: [
    { name: 'Mateo', zone: 'America/Los_Angeles', start: '10:00', end: '18:00' },
    { name: 'Elena', zone: 'Europe/London', start: '08:30', end: '16:30' },
  ],
};

describe('why no time was found, worded in the reader’s locale from the API’s fact', () => {
  it('gives each person’s working hours on the clock the locale uses, with their place', () => {
    expect(emptyReasonText(t, apart, 'en-US')).toBe(
      'Working hours never overlap: Mateo works 10:00 AM–6:00 PM (Los Angeles), Elena 8:30 AM–4:30 PM (London).',
    );
    expect(emptyReasonText(t, apart, 'en-GB')).toBe(
      'Working hours never overlap: Mateo works 10:00–18:00 (Los Angeles), Elena 08:30–16:30 (London).',
    );
    // The API's English keeps the raw hours and zones for API readers.
    expect(englishEmptyReason(apart)).toBe(
      "Mateo's and Elena's working hours never overlap (10:00–18:00 America/Los_Angeles, 08:30–16:30 Europe/London).",
    );
  });

  it('counts weeks with an ICU plural and names who blocks the later occurrences', () => {
    const later: EmptyReasonFact = { kind: 'laterOccurrences', occurrences: 3, cadenceWeeks: 1 };
    expect(emptyReasonText(t, later, 'en-US')).toBe(
      'Some times are free now, but none stay free for all 3 occurrences every week.',
    );
    expect(
      emptyReasonText(t, { ...later, cadenceWeeks: 4, blocker: { name: 'Ben', outOfOffice: true } }, 'en-US'),
    ).toBe(
      'Some times are free now, but none stay free for all 3 occurrences every 4 weeks: mostly because Ben is out of office on a later occurrence. Try fewer occurrences or another cadence.',
    );
    expect(emptyReasonText(t, { ...later, blocker: { name: 'Ben', outOfOffice: false } }, 'en-US')).toMatch(
      /mostly because the calendar of Ben is busy/,
    );
  });

  it('words every kind of fact, from messages the pseudo-locale can generate', () => {
    const facts: EmptyReasonFact[] = [
      { kind: 'windowPassed' },
      apart,
      { kind: 'hoursOverlapShort', people: ['Mateo', 'Elena'], minutes: 45 },
      { kind: 'preferencesExclude', minutes: 30 },
      { kind: 'fullyBooked', minutes: 60 },
      { kind: 'laterOccurrences', occurrences: 3, cadenceWeeks: 2 },
    ];
    for (const fact of facts) {
      expect(emptyReasonFactSchema.parse(fact)).toEqual(fact);
      expect(emptyReasonText(t, fact, 'en-US')).toMatch(/\w/);
      expect(englishEmptyReason(fact)).toMatch(/\w/);
    }
    const ids = Object.keys(enUS).filter((id) => id.startsWith('slots.empty.')) as MessageId[];
    expect(ids).toHaveLength(8);
    for (const id of ids) expect(() => pseudoLocalize(enUS[id])).not.toThrow();
  });
});
