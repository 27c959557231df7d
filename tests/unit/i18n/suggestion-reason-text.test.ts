import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { rolePairing } from '../../../shared/discovery/roles';
import { noOverlapFact } from '../../../shared/discovery/hours-ranking';
import { suggestionReasonText } from '../../../addin/src/i18n/suggestion-reason-text';
import { enUS, type MessageId } from '../../../addin/src/i18n/messages.en-US';

/** The English catalogue through the real ICU formatter. */
const t = (id: MessageId, values: Record<string, string | number> = {}) =>
  String(new IntlMessageFormat(enUS[id], 'en-US').format(values));

describe('why a peer is suggested, worded in the page language from the API facts', () => {
  it('counts meetings with ICU plurals and leaves out "small" when there were none', () => {
    expect(suggestionReasonText(t, { kind: 'metTogether', meetings: 37, small: 17, days: 90 }, 'en-US')).toBe(
      '37 meetings together in the last 90 days, 17 of them small',
    );
    expect(suggestionReasonText(t, { kind: 'metTogether', meetings: 1, small: 0, days: 90 }, 'en-US')).toBe(
      '1 meeting together in the last 90 days',
    );
  });

  it('names the role pairing from the ranker, the relevance rank and the working hours apart', () => {
    const pairing = rolePairing('engineering', 'product')!;
    const [first, second] = pairing.families;
    expect(suggestionReasonText(t, { kind: 'rolesPair', first, second }, 'en-US')).toBe(`${pairing.label} pairs well`);
    expect(suggestionReasonText(t, { kind: 'workedWithMost', top: 10 }, 'en-US')).toBe(
      'Among the 10 people you work with most in Microsoft 365',
    );
    const apart = noOverlapFact({
      timeZone: 'GMT Standard Time',
      startTime: '08:00:00',
      endTime: '16:00:00',
      daysOfWeek: [],
    });
    expect(suggestionReasonText(t, apart, 'en-GB')).toMatch(/^Your working hours don’t overlap \(\S.* 08:00–16:00\)$/);
    // The reader's clock: 12-hour in en-US.
    expect(suggestionReasonText(t, apart, 'en-US')).toMatch(
      /^Your working hours don’t overlap \(\S.* 8:00\sAM–4:00\sPM\)$/,
    );
  });
});
