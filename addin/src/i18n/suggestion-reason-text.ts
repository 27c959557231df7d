import { roleFamilySchema, type RoleFamily } from '../../../shared/discovery/roles';
import type { SuggestionReason } from '../../../shared/discovery/suggestion-schema';
import { formatTimeOfDay } from '../../../shared/time';
import type { Translate } from './translator';

const roleText = (t: Translate, family: string) => {
  const known = roleFamilySchema.safeParse(family);
  return t(`role.${known.success ? known.data : ('other' satisfies RoleFamily)}`);
};

/** One reason a peer is suggested, worded from the API's facts; hours on the locale's clock. */
export function suggestionReasonText(t: Translate, reason: SuggestionReason, locale: string): string {
  switch (reason.kind) {
    case 'metTogether':
      return t('suggestion.reason.metTogether', { meetings: reason.meetings, small: reason.small, days: reason.days });
    case 'rolesPair':
      return t('suggestion.reason.rolesPair', { first: roleText(t, reason.first), second: roleText(t, reason.second) });
    case 'workedWithMost':
      return t('suggestion.reason.workedWithMost', { top: reason.top });
    case 'hoursApart':
      return t('suggestion.reason.hoursApart', {
        place: reason.place,
        start: formatTimeOfDay(reason.start, locale),
        end: formatTimeOfDay(reason.end, locale),
      });
  }
}
