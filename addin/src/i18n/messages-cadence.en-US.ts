/**
 * The catalogue's part for why a cadence is suggested or advised, worded from the API's facts
 * (shared/discovery/cadence-reason-facts.ts) by cadence-reason-text.ts. Spread into
 * messages.en-US.ts. Each message has at most one level of plural, so the pseudo-locale can be
 * generated from it.
 */
export const cadenceMessages = {
  // A new pair's first cadence (tab, start dialog); {together} is suggestion.reason.metTogether.
  'cadence.suggestion.veryClose':
    '{together}: you work very closely, so {weeks, plural, one {every week} other {every # weeks}}',
  'cadence.suggestion.close':
    '{together}: close collaborators, so {weeks, plural, one {every week} other {every # weeks}}',
  'cadence.suggestion.regular':
    '{together}: regular collaborators, so {weeks, plural, one {every week} other {every # weeks}}',
  'cadence.suggestion.occasional':
    '{together}: occasional collaborators, so {weeks, plural, one {every week} other {every # weeks}}',
  'cadence.suggestion.nowAndThen':
    '{together}: you cross paths now and then, so {weeks, plural, one {every week} other {every # weeks}}',
  'cadence.suggestion.rolesPair':
    'Your roles hand work to each other, so {weeks, plural, one {every week} other {every # weeks}}',
  'cadence.suggestion.none':
    'No meetings together in the last {days} days, so {weeks, plural, one {every week} other {every # weeks}} to start',

  // Advice on a relationship's cadence (tab, Settings). The parts are joined into {why} as a list.
  'cadence.advice.lowRatings':
    'the last {count, plural, one {meeting was} other {# meetings were}} rated {mean} out of 5 on average',
  'cadence.advice.skipped':
    '{skipped, plural, one {# of the last {of} meetings was skipped} other {# of the last {of} meetings were skipped}}',
  'cadence.advice.openCommitments':
    '{count, plural, one {# commitment between you is still open} other {# commitments between you are still open}}',
  'cadence.advice.keepToFollowUp':
    '{why}, but {commitments}: keep {current, plural, one {every week} other {every # weeks}} to follow them up',
  'cadence.advice.alreadyLongest':
    '{why}; {current, plural, one {every week} other {every # weeks}} is already the longest cadence',
  'cadence.advice.longer':
    '{why}: try {suggested, plural, one {every week} other {every # weeks}} instead of {current}',
  'cadence.advice.shorter':
    '{commitments}: meet {suggested, plural, one {every week} other {every # weeks}} instead of {current} to keep them moving',
  'cadence.advice.keepShort':
    '{commitments}: keep it short at {current, plural, one {every week} other {every # weeks}}',
  'cadence.advice.fine':
    'Meetings are happening and rated fine: keep {current, plural, one {every week} other {every # weeks}}',
  'cadence.advice.noneYet':
    'No meetings or ratings yet: keep {current, plural, one {every week} other {every # weeks}}',
} as const;
