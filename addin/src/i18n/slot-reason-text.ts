import type { SlotReasonFact } from '../../../shared/scheduling/slot-reason-facts';
import { formatTime, intlLocale, type TimeView } from '../../../shared/time';
import type { Translate } from './translator';

const listOf = (items: string[], view: TimeView) =>
  new Intl.ListFormat(intlLocale(view.locale), { type: 'conjunction' }).format(items);
const dayOf = (instant: string, view: TimeView) =>
  new Intl.DateTimeFormat(intlLocale(view.locale), { month: 'short', day: 'numeric', timeZone: view.zone }).format(
    Date.parse(instant),
  );

/**
 * One reason a time was picked, worded from the slot's facts, with each person's times in their own
 * zone and the reader's locale. Null for the first occurrence's local times: the slot's own lines
 * show them.
 */
export function slotReasonText(t: Translate, fact: SlotReasonFact, view: TimeView, readerId?: string): string | null {
  // The reader is "you" in the reasons, everyone else by name.
  const you = (person: { id: string }) => (person.id === readerId ? 'yes' : 'no');
  const who = (names: string[]) =>
    names.length === 1
      ? names[0]!
      : names.length === 2
        ? t('slots.reason.whoBoth')
        : t('slots.reason.whoAll', { count: names.length });
  const timeIn = (instant: string, zone: string) => formatTime(instant, { ...view, zone });
  switch (fact.kind) {
    case 'localTimes':
      return null;
    case 'free':
      return fact.occurrences === 1
        ? t('slots.reason.freeOnce', { who: who(fact.people) })
        : t('slots.reason.free', {
            who: who(fact.people),
            occurrences: fact.occurrences,
            cadenceWeeks: fact.cadenceWeeks,
          });
    case 'clocksChange':
      return t('slots.reason.clocksChange', {
        you: you(fact.person),
        person: fact.person.name,
        time: timeIn(fact.starts[0]!, fact.person.zone),
        dates: listOf(
          fact.starts.map((s) => dayOf(s, { ...view, zone: fact.person.zone })),
          view,
        ),
      });
    case 'comfortable':
      return t('slots.reason.comfortable', { who: who(fact.people) });
    case 'unsociable':
      return t('slots.reason.unsociable', {
        notes: listOf(
          fact.notes.map((n) =>
            t(n.edge === 'early' ? 'slots.reason.early' : 'slots.reason.late', {
              you: you(n.person),
              person: n.person.name,
              time: timeIn(n.at, n.person.zone),
            }),
          ),
          view,
        ),
      });
    case 'tentative':
      return t('slots.reason.tentative', {
        you: you(fact.person),
        person: fact.person.name,
        occurrences: listOf(fact.occurrences.map(String), view),
      });
    case 'outsideWorkingHours':
      return t('slots.reason.outsideWorkingHours');
    case 'clearAround':
      return t('slots.reason.clearAround', { minutes: fact.minutes, who: who(fact.people) });
    case 'buffer':
      return t('slots.reason.buffer', { minutes: fact.minutes });
    case 'backToBack':
      return t('slots.reason.backToBack');
  }
}
