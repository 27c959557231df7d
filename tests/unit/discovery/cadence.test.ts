import { describe, expect, it } from 'vitest';
import {
  adviseCadence,
  cadenceAdviceSchema,
  suggestCadence,
  type CadenceHistory,
} from '../../../shared/discovery/cadence';
import { englishAdviceReason, englishSuggestionReason } from '../../../shared/discovery/cadence-reasons';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 5, 1);

describe('suggestCadence', () => {
  it('maps how much two people work together to the method bands', () => {
    expect(suggestCadence({ meetingsLast90Days: 30, smallMeetingsLast90Days: 14 }).cadenceWeeks).toBe(2);
    expect(suggestCadence({ meetingsLast90Days: 12, smallMeetingsLast90Days: 7 }).cadenceWeeks).toBe(3);
    expect(suggestCadence({ meetingsLast90Days: 6, smallMeetingsLast90Days: 3 }).cadenceWeeks).toBe(4);
    expect(suggestCadence({ meetingsLast90Days: 5, smallMeetingsLast90Days: 0 }).cadenceWeeks).toBe(6);
    expect(suggestCadence({ meetingsLast90Days: 2, smallMeetingsLast90Days: 0 }).cadenceWeeks).toBe(8);
    expect(suggestCadence({ meetingsLast90Days: 0, smallMeetingsLast90Days: 0 }).cadenceWeeks).toBe(12);
  });

  it('never suggests a longer cadence for more collaboration', () => {
    let previous = Infinity;
    for (let small = 0; small <= 20; small++) {
      const weeks = suggestCadence({ meetingsLast90Days: small * 2, smallMeetingsLast90Days: small }).cadenceWeeks;
      expect(weeks).toBeLessThanOrEqual(previous);
      previous = weeks;
    }
  });

  it('gives a closely paired role an 8-week start even without shared meetings', () => {
    const s = suggestCadence({ meetingsLast90Days: 0, smallMeetingsLast90Days: 0, pairWeight: 1 });
    expect(s.cadenceWeeks).toBe(8);
  });

  it('states the numbers in its reason', () => {
    const s = suggestCadence({ meetingsLast90Days: 7, smallMeetingsLast90Days: 3 });
    expect(s.reason).toContain('7 meetings together in the last 90 days, 3 of them small');
    expect(s.reason).toContain('every 4 weeks');
  });
});

/** Two recent meetings rated 1 and 2: a low trend (mean 1.5). */
const LOW_RATINGS = [
  { at: NOW - 10 * DAY, rating: 1 },
  { at: NOW - 5 * DAY, rating: 2 },
];

function history(overrides: Partial<CadenceHistory>): CadenceHistory {
  return { current: 4, ratings: [], meetings: [], openCommitments: 0, now: NOW, ...overrides };
}

describe('adviseCadence', () => {
  it('keeps the cadence when there is no history', () => {
    const advice = adviseCadence(history({}));
    expect(advice).toMatchObject({ current: 4, suggested: 4, change: 'keep' });
    expect(() => cadenceAdviceSchema.parse(advice)).not.toThrow();
  });

  it('suggests a longer cadence when ratings trend low', () => {
    const advice = adviseCadence(
      history({
        ratings: [
          { at: NOW - 60 * DAY, rating: 5 },
          { at: NOW - 30 * DAY, rating: 2 },
          { at: NOW - 20 * DAY, rating: 2 },
          { at: NOW - 2 * DAY, rating: 1 },
        ],
      }),
    );
    expect(advice).toMatchObject({ current: 4, suggested: 6, change: 'longer' });
    expect(advice.reason).toContain('rated 1.7 out of 5');
  });

  it('ignores a single bad rating', () => {
    expect(adviseCadence(history({ ratings: [{ at: NOW - DAY, rating: 1 }] })).change).toBe('keep');
  });

  it('suggests a longer cadence when meetings are repeatedly skipped', () => {
    const advice = adviseCadence(
      history({
        current: 6,
        meetings: [
          { start: NOW - 100 * DAY, held: true },
          { start: NOW - 60 * DAY, held: false },
          { start: NOW - 40 * DAY, held: true },
          { start: NOW - 20 * DAY, held: false },
          { start: NOW + 20 * DAY, held: false }, // future: not skipped yet
        ],
      }),
    );
    expect(advice).toMatchObject({ suggested: 8, change: 'longer' });
    expect(advice.reason).toContain('2 of the last 4 meetings were skipped');
  });

  it('keeps the longest cadence rather than inventing a longer one', () => {
    const advice = adviseCadence(
      history({
        current: 12,
        ratings: LOW_RATINGS,
      }),
    );
    expect(advice).toMatchObject({ current: 12, suggested: 12, change: 'keep' });
  });

  it('suggests a shorter cadence when many commitments are open', () => {
    const advice = adviseCadence(history({ current: 8, openCommitments: 4 }));
    expect(advice).toMatchObject({ suggested: 6, change: 'shorter' });
    expect(advice.reason).toContain('4 commitments');
  });

  it('keeps an already short cadence when many commitments are open', () => {
    expect(adviseCadence(history({ current: 3, openCommitments: 5 }))).toMatchObject({
      suggested: 3,
      change: 'keep',
    });
  });

  it('does not lengthen while many commitments are open, even if meetings go badly', () => {
    const advice = adviseCadence(
      history({
        openCommitments: 3,
        ratings: LOW_RATINGS,
      }),
    );
    expect(advice.change).toBe('keep');
    expect(advice.reason).toContain('3 commitments between you are still open');
  });
});

describe('the facts behind the cadence reasons', () => {
  it('gives each suggestion the counts and basis its English reason is worded from', () => {
    const regular = suggestCadence({ meetingsLast90Days: 7, smallMeetingsLast90Days: 3 });
    expect(regular.reasonFacts).toEqual({ meetings: 7, small: 3, days: 90, basis: 'regular' });
    expect(englishSuggestionReason(regular.reasonFacts, regular.cadenceWeeks)).toBe(regular.reason);
    expect(regular.reason).toBe(
      '7 meetings together in the last 90 days, 3 of them small: regular collaborators, so every 4 weeks',
    );
    const roles = suggestCadence({ meetingsLast90Days: 0, smallMeetingsLast90Days: 0, pairWeight: 1 });
    expect(roles.reasonFacts.basis).toBe('rolesPair');
    expect(roles.reason).toBe('Your roles hand work to each other, so every 8 weeks');
    const none = suggestCadence({ meetingsLast90Days: 0, smallMeetingsLast90Days: 0 });
    expect(none.reasonFacts.basis).toBe('none');
    expect(none.reason).toBe('No meetings together in the last 90 days, so every 12 weeks to start');
    const bases = [
      [30, 14],
      [12, 7],
      [6, 3],
      [5, 0],
      [2, 0],
    ].map(
      ([all, small]) => suggestCadence({ meetingsLast90Days: all!, smallMeetingsLast90Days: small! }).reasonFacts.basis,
    );
    expect(bases).toEqual(['veryClose', 'close', 'regular', 'occasional', 'nowAndThen']);
  });

  it('never counts more small meetings than meetings', () => {
    expect(suggestCadence({ meetingsLast90Days: 2, smallMeetingsLast90Days: 5 }).reasonFacts).toMatchObject({
      meetings: 2,
      small: 2,
    });
  });

  it('gives the advice the parts and outcome its English reason is worded from', () => {
    const advice = adviseCadence(
      history({
        openCommitments: 3,
        ratings: LOW_RATINGS,
        meetings: [
          { start: NOW - 10 * DAY, held: false },
          { start: NOW - 5 * DAY, held: false },
        ],
      }),
    );
    expect(advice.reasonFacts).toEqual({
      lowRatings: { count: 2, mean: 1.5 },
      skipped: { skipped: 2, of: 2 },
      openCommitments: 3,
      outcome: 'keepToFollowUp',
    });
    expect(advice.reason).toBe(
      'The last 2 meetings were rated 1.5 out of 5 on average and 2 of the last 2 meetings were skipped, but 3 commitments between you are still open: keep every 4 weeks to follow them up',
    );
    expect(englishAdviceReason(advice.reasonFacts!, advice.current, advice.suggested)).toBe(advice.reason);
    expect(() => cadenceAdviceSchema.parse(advice)).not.toThrow();
  });

  it('names each outcome', () => {
    const outcome = (h: Partial<CadenceHistory>) => adviseCadence(history(h)).reasonFacts?.outcome;
    expect(outcome({ ratings: LOW_RATINGS })).toBe('longer');
    expect(outcome({ ratings: LOW_RATINGS, current: 12 })).toBe('alreadyLongest');
    expect(outcome({ openCommitments: 4, current: 8 })).toBe('shorter');
    expect(outcome({ openCommitments: 4, current: 3 })).toBe('keepShort');
    expect(outcome({ meetings: [{ start: NOW - DAY, held: true }] })).toBe('fine');
    expect(outcome({})).toBe('noneYet');
    expect(adviseCadence(history({ ratings: LOW_RATINGS })).reasonFacts).toEqual({
      lowRatings: { count: 2, mean: 1.5 },
      outcome: 'longer',
    });
  });
});
