import type { CadenceAdvice } from '../../../shared/discovery/cadence';
import type { CadenceAdviceFacts, CadenceSuggestionFacts } from '../../../shared/discovery/cadence-reason-facts';
import type { PeerSuggestion } from '../../../shared/discovery/suggestion-schema';
import { intlLocale } from '../../../shared/time';
import type { Translate } from './translator';

function suggestionText(t: Translate, facts: CadenceSuggestionFacts, weeks: number): string {
  const { meetings, small, days, basis } = facts;
  if (basis === 'rolesPair') return t('cadence.suggestion.rolesPair', { weeks });
  if (basis === 'none') return t('cadence.suggestion.none', { days, weeks });
  const together = t('suggestion.reason.metTogether', { meetings, small, days });
  return t(`cadence.suggestion.${basis}`, { together, weeks });
}

/** The parts start lowercase (they are list items), so the sentence's first letter is raised here. */
function sentenceStart(text: string, locale: string): string {
  const [first = '', ...rest] = text;
  return first.toLocaleUpperCase(locale) + rest.join('');
}

function adviceText(
  t: Translate,
  facts: CadenceAdviceFacts,
  current: number,
  suggested: number,
  locale: string,
): string {
  const tag = intlLocale(locale);
  const parts: string[] = [];
  if (facts.lowRatings) {
    const mean = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
      facts.lowRatings.mean,
    );
    parts.push(t('cadence.advice.lowRatings', { count: facts.lowRatings.count, mean }));
  }
  if (facts.skipped) parts.push(t('cadence.advice.skipped', { skipped: facts.skipped.skipped, of: facts.skipped.of }));
  const why = new Intl.ListFormat(tag, { type: 'conjunction' }).format(parts);
  const commitments = t('cadence.advice.openCommitments', { count: facts.openCommitments ?? 0 });
  const values = { why, commitments, current, suggested };
  return sentenceStart(t(`cadence.advice.${facts.outcome}`, values), tag);
}

/** Why a new pair's cadence is suggested, from the catalogue; the API's English without the facts. */
export function cadenceSuggestionText(
  t: Translate,
  suggestion: Pick<PeerSuggestion, 'cadenceWeeks' | 'cadenceReason' | 'cadenceReasonFacts'>,
): string {
  const facts = suggestion.cadenceReasonFacts;
  return facts ? suggestionText(t, facts, suggestion.cadenceWeeks) : suggestion.cadenceReason;
}

/**
 * Why the advice keeps or changes the cadence, from the catalogue with the mean and the list in the
 * reader's locale; the API's English when the functions sent no facts.
 */
export function cadenceAdviceText(
  t: Translate,
  advice: Pick<CadenceAdvice, 'current' | 'suggested' | 'reason' | 'reasonFacts'>,
  locale: string,
): string {
  const facts = advice.reasonFacts;
  return facts ? adviceText(t, facts, advice.current, advice.suggested, locale) : advice.reason;
}
