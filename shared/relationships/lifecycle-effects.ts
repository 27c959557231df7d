import { otherMember, type Members } from './member-rules';
import type { CalendarEffect, ReminderEffect } from './lifecycle-types';
import type { Series } from './relationship-schemas';

/**
 * Builders for the effects transitions share, so "cancel for both people" is written once.
 */

/** The attendee of a series: the member who did not organise it. */
export function attendeeOf(series: Series, members: Members): string {
  return otherMember(series.organizer, members);
}

/**
 * Clears the series from `from` for both people: the organiser cancels (attendees are told) and
 * the attendee's copy goes too. `decliner` is a member erasing their data: if they attended,
 * their copy is declined rather than quietly removed.
 */
export function clearSeries(
  series: Series | undefined,
  members: Members,
  generation: number,
  from: string,
  decliner?: string,
): CalendarEffect[] {
  if (!series) return [];
  const attendee = attendeeOf(series, members);
  return [
    { kind: 'cancel-series', generation, series, from },
    {
      kind: 'remove-attendee-copy',
      generation,
      series,
      attendee,
      from,
      response: decliner === attendee ? 'decline' : 'remove',
    },
  ];
}

export function dropReminders(generation: number, from: string, until?: string): ReminderEffect[] {
  return [{ kind: 'drop-reminders', generation, from, ...(until === undefined ? {} : { until }) }];
}
