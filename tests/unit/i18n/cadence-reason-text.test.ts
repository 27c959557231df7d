import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { cadenceAdviceText, cadenceSuggestionText } from '../../../addin/src/i18n/cadence-reason-text';
import { cadenceMessages } from '../../../addin/src/i18n/messages-cadence.en-US';
import { enUS } from '../../../addin/src/i18n/messages.en-US';
import { pseudoCatalogue, pseudoLocalize } from '../../../addin/src/i18n/pseudo-localize';
import type { Translator } from '../../../addin/src/i18n/translator';
import { adviseCadence, suggestCadence, type CadenceHistory } from '../../../shared/discovery/cadence';
import type { CadenceAdviceFacts, CadenceBasis } from '../../../shared/discovery/cadence-reason-facts';

/** The catalogue through react-intl, as the page's useMessages() builds `t`. */
function translator(locale: string, messages: Record<string, string> = enUS): Translator['t'] {
  const intl = createIntl({
    locale,
    messages,
    onError: (error) => {
      throw error;
    },
  });
  return (id, values) => intl.formatMessage({ id }, values);
}
const t = translator('en-US');

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 5, 1);
const low = [
  { at: NOW - 30 * DAY, rating: 2 },
  { at: NOW - 20 * DAY, rating: 2 },
  { at: NOW - 2 * DAY, rating: 1 },
];
const skippedTwice = [
  { start: NOW - 40 * DAY, held: true },
  { start: NOW - 30 * DAY, held: false },
  { start: NOW - 20 * DAY, held: true },
  { start: NOW - 10 * DAY, held: false },
];
const advise = (h: Partial<CadenceHistory>) =>
  adviseCadence({ current: 4, ratings: [], meetings: [], openCommitments: 0, now: NOW, ...h });

describe('why a cadence is suggested, worded from the API facts', () => {
  it.each<[CadenceBasis, number, number, number]>([
    ['veryClose', 30, 14, 0],
    ['close', 12, 7, 0],
    ['regular', 7, 3, 0],
    ['occasional', 5, 0, 0],
    ['nowAndThen', 1, 0, 0],
    ['rolesPair', 0, 0, 1],
    ['none', 0, 0, 0],
  ])('words %s as the API’s English does', (basis, all, small, pairWeight) => {
    const cadence = suggestCadence({ meetingsLast90Days: all, smallMeetingsLast90Days: small, pairWeight });
    expect(cadence.reasonFacts.basis).toBe(basis);
    const suggestion = {
      cadenceWeeks: cadence.cadenceWeeks,
      cadenceReason: 'unused',
      cadenceReasonFacts: cadence.reasonFacts,
    };
    expect(cadenceSuggestionText(t, suggestion)).toBe(cadence.reason);
  });

  it('counts with ICU plurals', () => {
    const facts = { meetings: 1, small: 1, days: 90, basis: 'occasional' } as const;
    expect(cadenceSuggestionText(t, { cadenceWeeks: 6, cadenceReason: '', cadenceReasonFacts: facts })).toBe(
      '1 meeting together in the last 90 days, 1 of them small: occasional collaborators, so every 6 weeks',
    );
  });

  it('falls back to the API’s English when the functions sent no facts', () => {
    expect(cadenceSuggestionText(t, { cadenceWeeks: 4, cadenceReason: 'a usual start' })).toBe('a usual start');
  });
});

describe('why the advice keeps or changes the cadence, worded in the reader’s locale', () => {
  it.each<[string, Partial<CadenceHistory>]>([
    ['longer, from low ratings', { ratings: low }],
    ['longer, from skipped meetings', { current: 6, meetings: skippedTwice }],
    ['longer, from both', { ratings: low, meetings: skippedTwice }],
    ['already the longest', { current: 12, ratings: low }],
    ['kept to follow up', { ratings: low, meetings: skippedTwice, openCommitments: 3 }],
    ['shorter', { current: 8, openCommitments: 4 }],
    ['kept short', { current: 3, openCommitments: 5 }],
    ['fine', { meetings: [{ start: NOW - DAY, held: true }] }],
    ['none yet', {}],
  ])('words %s as the API’s English does', (_, history) => {
    const advice = advise(history);
    expect(advice.reasonFacts).toBeDefined();
    expect(cadenceAdviceText(t, { ...advice, reason: 'unused' }, 'en-US')).toBe(advice.reason);
  });

  it('gives the mean to one decimal with the locale’s decimal sign', () => {
    const advice = { ...advise({ ratings: low }), reason: 'unused' };
    expect(cadenceAdviceText(t, advice, 'en-US')).toBe(
      'The last 3 meetings were rated 1.7 out of 5 on average: try every 6 weeks instead of 4',
    );
    // The German number format, in the English catalogue: "1,7".
    expect(cadenceAdviceText(translator('de-DE'), advice, 'de-DE')).toContain('rated 1,7 out of 5');
    const whole: CadenceAdviceFacts = { lowRatings: { count: 2, mean: 1 }, outcome: 'longer' };
    expect(cadenceAdviceText(t, { current: 4, suggested: 6, reason: '', reasonFacts: whole }, 'en-US')).toContain(
      'rated 1.0 out of 5',
    );
  });

  it('joins the parts as the locale lists them, and counts with ICU plurals', () => {
    const facts: CadenceAdviceFacts = {
      lowRatings: { count: 2, mean: 2 },
      skipped: { skipped: 1, of: 3 },
      openCommitments: 1,
      outcome: 'keepToFollowUp',
    };
    const advice = { current: 2, suggested: 2, reason: '', reasonFacts: facts } as const;
    expect(cadenceAdviceText(t, advice, 'en-US')).toBe(
      'The last 2 meetings were rated 2.0 out of 5 on average and 1 of the last 3 meetings was skipped, but 1 commitment between you is still open: keep every 2 weeks to follow them up',
    );
    expect(cadenceAdviceText(translator('de-DE'), advice, 'de-DE')).toContain(
      'rated 2,0 out of 5 on average und 1 of the last 3',
    );
  });

  it('falls back to the API’s English when the functions sent no facts', () => {
    const advice = { current: 4, suggested: 4, reason: 'Meetings are happening' } as const;
    expect(cadenceAdviceText(t, advice, 'en-US')).toBe('Meetings are happening');
  });
});

describe('the cadence messages in the pseudo-locale', () => {
  it.each(Object.keys(cadenceMessages))('%s is pseudo-localised with its ICU arguments kept', (id) => {
    const message = cadenceMessages[id as keyof typeof cadenceMessages];
    const pseudo = pseudoLocalize(message);
    expect(pseudo.startsWith('[') && pseudo.endsWith(']')).toBe(true);
    for (const name of message.match(/\{[a-z]+[,}]/gi) ?? []) expect(pseudo).toContain(name);
  });

  it('words the reasons with no English left', () => {
    const pt = translator('en-US', pseudoCatalogue(enUS));
    const texts = [
      cadenceSuggestionText(pt, { ...suggestionOf(7, 3), cadenceReason: '' }),
      cadenceAdviceText(
        pt,
        { ...advise({ ratings: low, meetings: skippedTwice, openCommitments: 3 }), reason: '' },
        'qps-ploc',
      ),
      cadenceAdviceText(pt, { ...advise({ current: 8, openCommitments: 4 }), reason: '' }, 'qps-ploc'),
    ];
    // The list's "and" is Intl's, as the dates' words are: qps-ploc formats as en-US.
    const intlAnd = new Intl.ListFormat('en-US', { type: 'conjunction' }).format(['', '']);
    for (const text of texts) expect(text.split(intlAnd).join(' ')).not.toMatch(/[A-Za-z]/);
  });
});

function suggestionOf(all: number, small: number) {
  const cadence = suggestCadence({ meetingsLast90Days: all, smallMeetingsLast90Days: small });
  return { cadenceWeeks: cadence.cadenceWeeks, cadenceReasonFacts: cadence.reasonFacts };
}
