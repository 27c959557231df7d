import type { EmptyReasonFact } from '../../../shared/scheduling/empty-reason-facts';
import { formatTimeOfDay, zonePlace } from '../../../shared/time';
import type { Translate } from './translator';

/** Why a search found no time, worded from the API's fact; working hours on the reader's clock. */
export function emptyReasonText(t: Translate, fact: EmptyReasonFact, locale: string): string {
  switch (fact.kind) {
    case 'windowPassed':
      return t('slots.empty.windowPassed');
    case 'hoursNeverOverlap': {
      const [first, second] = fact.people;
      return t('slots.empty.hoursNeverOverlap', {
        first: first.name,
        firstStart: formatTimeOfDay(first.start, locale),
        firstEnd: formatTimeOfDay(first.end, locale),
        firstPlace: zonePlace(first.zone),
        second: second.name,
        secondStart: formatTimeOfDay(second.start, locale),
        secondEnd: formatTimeOfDay(second.end, locale),
        secondPlace: zonePlace(second.zone),
      });
    }
    case 'hoursOverlapShort':
      return t('slots.empty.hoursOverlapShort', {
        first: fact.people[0],
        second: fact.people[1],
        minutes: fact.minutes,
      });
    case 'preferencesExclude':
      return t('slots.empty.preferencesExclude', { minutes: fact.minutes });
    case 'fullyBooked':
      return t('slots.empty.fullyBooked', { minutes: fact.minutes });
    case 'laterOccurrences': {
      const values = { occurrences: fact.occurrences, cadenceWeeks: fact.cadenceWeeks };
      if (fact.blocker === undefined) return t('slots.empty.laterOccurrences', values);
      return t(fact.blocker.outOfOffice ? 'slots.empty.laterOutOfOffice' : 'slots.empty.laterBusy', {
        ...values,
        name: fact.blocker.name,
      });
    }
  }
}
