import type { CadenceAdviceFacts, CadenceBasis, CadenceSuggestionFacts } from './cadence-reason-facts';

/**
 * The API's English cadence reasons, worded from the facts the pages word themselves, so the two
 * cannot say different things.
 */

function times(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const closeness: Record<Exclude<CadenceBasis, 'rolesPair' | 'none'>, string> = {
  veryClose: 'you work very closely',
  close: 'close collaborators',
  regular: 'regular collaborators',
  occasional: 'occasional collaborators',
  nowAndThen: 'you cross paths now and then',
};

/** Why a new pair starts every `weeks` weeks, e.g. "7 meetings together …: regular collaborators, so every 4 weeks". */
export function englishSuggestionReason(facts: CadenceSuggestionFacts, weeks: number): string {
  const { meetings, small, days, basis } = facts;
  if (basis === 'rolesPair') return `Your roles hand work to each other, so every ${weeks} weeks`;
  if (basis === 'none') return `No meetings together in the last ${days} days, so every ${weeks} weeks to start`;
  const smallPart = small > 0 ? `, ${small} of them small` : '';
  return `${times(meetings, 'meeting')} together in the last ${days} days${smallPart}: ${closeness[basis]}, so every ${weeks} weeks`;
}

/** Why the advice keeps, lengthens or shortens the cadence, from `current` to `suggested`. */
export function englishAdviceReason(facts: CadenceAdviceFacts, current: number, suggested: number): string {
  const slowDown: string[] = [];
  if (facts.lowRatings) {
    const { count, mean } = facts.lowRatings;
    slowDown.push(`the last ${count} meetings were rated ${mean.toFixed(1)} out of 5 on average`);
  }
  if (facts.skipped) slowDown.push(`${facts.skipped.skipped} of the last ${facts.skipped.of} meetings were skipped`);
  const why = capitalise(slowDown.join(' and '));
  const commitments = `${facts.openCommitments ?? 0} commitments between you are still open`;

  switch (facts.outcome) {
    case 'keepToFollowUp':
      return `${why}, but ${commitments}: keep every ${current} weeks to follow them up`;
    case 'alreadyLongest':
      return `${why}; every ${current} weeks is already the longest cadence`;
    case 'longer':
      return `${why}: try every ${suggested} weeks instead of ${current}`;
    case 'shorter':
      return `${capitalise(commitments)}: meet every ${suggested} weeks instead of ${current} to keep them moving`;
    case 'keepShort':
      return `${capitalise(commitments)}: keep it short at every ${current} weeks`;
    case 'fine':
      return `Meetings are happening and rated fine: keep every ${current} weeks`;
    case 'noneYet':
      return `No meetings or ratings yet: keep every ${current} weeks`;
  }
}
