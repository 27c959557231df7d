import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { slotReasonText } from '../../../addin/src/i18n/slot-reason-text';
import { enUS, type MessageId } from '../../../addin/src/i18n/messages.en-US';
import { englishReason } from '../../../shared/scheduling/slot-reasons';
import type { SlotReasonFact } from '../../../shared/scheduling/slot-reason-facts';

/** The English catalogue through the real ICU formatter. */
const t = (id: MessageId, values: Record<string, string | number> = {}) =>
  String(new IntlMessageFormat(enUS[id], 'en-US').format(values));
const us = { locale: 'en-US', zone: 'America/New_York' };
const gb = { locale: 'en-GB', zone: 'Europe/London' };
const omar = { id: 'u-omar', name: 'Omar', zone: 'Europe/London' };
const ana = { id: 'u-ana', name: 'Ana', zone: 'America/Los_Angeles' };

describe('why a time was picked, worded in the reader’s locale from the slot’s facts', () => {
  it('counts occurrences and weeks with ICU plurals, and names "both" for a pair', () => {
    const free: SlotReasonFact = { kind: 'free', people: ['Ana', 'Omar'], occurrences: 3, cadenceWeeks: 2 };
    expect(slotReasonText(t, free, us)).toBe('Free for both on all 3 occurrences, every 2 weeks');
    expect(slotReasonText(t, { ...free, occurrences: 1 }, us)).toBe('Free for both');
    expect(slotReasonText(t, { ...free, cadenceWeeks: 1 }, us)).toBe('Free for both on all 3 occurrences, every week');
    expect(slotReasonText(t, { ...free, people: ['A', 'B', 'C'] }, us)).toBe(
      'Free for all 3 on all 3 occurrences, every 2 weeks',
    );
  });

  it('gives each person’s odd hour in their own zone, on the clock the locale uses', () => {
    // 15:30Z: 07:30 in Los Angeles, 15:30 in London.
    const fact: SlotReasonFact = {
      kind: 'unsociable',
      notes: [{ person: ana, edge: 'early', at: '2026-12-08T15:30:00.000Z' }],
    };
    expect(slotReasonText(t, fact, us)).toBe('Unsociable hour: early for Ana (7:30 AM)');
    expect(slotReasonText(t, fact, gb)).toBe('Unsociable hour: early for Ana (07:30)');
    expect(englishReason(fact)).toBe('Unsociable hour: early for Ana (07:30)');
  });

  it('says "you" for the reader and names everyone else', () => {
    const late: SlotReasonFact = {
      kind: 'unsociable',
      notes: [
        { person: ana, edge: 'early', at: '2026-12-08T15:30:00.000Z' },
        { person: omar, edge: 'late', at: '2026-12-08T18:00:00.000Z' },
      ],
    };
    expect(slotReasonText(t, late, us, ana.id)).toBe(
      'Unsociable hour: early for you (7:30 AM) and late for Omar (ends 6:00 PM)',
    );
    expect(slotReasonText(t, late, gb, omar.id)).toBe(
      'Unsociable hour: early for Ana (07:30) and late for you (ends 18:00)',
    );
    const tentative: SlotReasonFact = { kind: 'tentative', person: omar, occurrences: [2, 3] };
    expect(slotReasonText(t, tentative, us, omar.id)).toBe('You have a tentative hold on occurrence 2 and 3');
    expect(slotReasonText(t, tentative, us, ana.id)).toBe('Omar has a tentative hold on occurrence 2 and 3');
    expect(englishReason(tentative)).toBe('Omar has a tentative hold on occurrence 2, 3');
  });

  it('words a clock change across the end of daylight saving in the person’s zone (a DST week)', () => {
    // Los Angeles leaves PDT on Sunday 1 November 2026: 16:00Z is 09:00 before and 08:00 after.
    const fact: SlotReasonFact = {
      kind: 'clocksChange',
      person: ana,
      starts: ['2026-11-02T16:00:00.000Z', '2026-11-16T16:00:00.000Z'],
    };
    expect(slotReasonText(t, fact, us)).toBe(
      'For Ana it is 8:00 AM on Nov 2 and Nov 16 (clocks change between occurrences)',
    );
    expect(slotReasonText(t, fact, gb)).toBe(
      'For Ana it is 08:00 on 2 Nov and 16 Nov (clocks change between occurrences)',
    );
  });

  it('leaves the first occurrence’s times to the slot’s own lines', () => {
    const fact: SlotReasonFact = {
      kind: 'localTimes',
      start: '2026-12-08T18:15:00.000Z',
      end: '2026-12-08T18:45:00.000Z',
      people: [ana, omar],
    };
    expect(slotReasonText(t, fact, us)).toBeNull();
    expect(englishReason(fact)).toBe('Tue 10:15–10:45 for Ana (Los Angeles), Tue 18:15–18:45 for Omar (London)');
  });
});
