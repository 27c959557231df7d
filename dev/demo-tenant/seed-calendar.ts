import type { DayOfWeek, ShowAs, TenantEvent, TenantUser } from './tenant-schema';
import { DAYS_OF_WEEK } from './tenant-schema';
import { formatIsoWithOffset, localToInstant, resolveTimeZone } from './time-zones';
import { EASTERN, LONDON, PACIFIC } from './seed-org';

// Builders for seeded events. Days are counted from the Monday that starts the seeded range;
// times are wall-clock times in the zone the meeting is anchored to.

const DAY_MS = 86_400_000;

export interface SeedClock {
  /** Day number (days since 1970-01-01) of the Monday the seeded range starts on. */
  firstDay: number;
  /** Day number just after the seeded range. */
  endDay: number;
}

export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function iana(zone: string): string {
  return resolveTimeZone(zone) ?? 'UTC';
}

export function localMs(zone: string, day: number, time: string): number {
  const d = new Date(day * DAY_MS);
  const [h, m] = time.split(':').map(Number) as [number, number];
  return localToInstant(iana(zone), {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: h,
    minute: m,
    second: 0,
  });
}

/** Picks a zone and local time everybody in the meeting can reasonably attend. */
export function sharedSlot(
  zones: Iterable<string>,
  options: { single: string; pacificEastern: string; easternLondon: string },
): { zone: string; time: string } {
  const set = new Set(zones);
  if (set.size === 1) return { zone: [...set][0] ?? EASTERN, time: options.single };
  if (set.has(PACIFIC) && set.has(LONDON)) return { zone: EASTERN, time: '11:30' };
  if (set.has(PACIFIC)) return { zone: EASTERN, time: options.pacificEastern };
  return { zone: EASTERN, time: options.easternLondon };
}

export class EventFactory {
  private counter = 0;
  readonly events: TenantEvent[] = [];

  constructor(private readonly clock: SeedClock) {}

  private nextId(kind: string): string {
    this.counter++;
    return `evt-${kind}-${String(this.counter).padStart(5, '0')}`;
  }

  private attendeeIds(organizer: TenantUser, attendees: TenantUser[]): string[] {
    return [...new Set(attendees.map((a) => a.id))].filter((id) => id !== organizer.id);
  }

  /** A weekly series running for the whole seeded range. weekdays: 0 = Monday … 4 = Friday. */
  series(o: {
    kind: string;
    organizer: TenantUser;
    attendees: TenantUser[];
    subject: string;
    weekdays: number[];
    zone: string;
    time: string;
    minutes: number;
    interval?: number;
    weekOffset?: number;
    showAs?: ShowAs;
  }): void {
    const firstWeekday = Math.min(...o.weekdays);
    const startDay = this.clock.firstDay + (o.weekOffset ?? 0) * 7 + firstWeekday;
    const startMs = localMs(o.zone, startDay, o.time);
    const daysOfWeek: DayOfWeek[] = o.weekdays.map((w) => DAYS_OF_WEEK[(w + 1) % 7] ?? 'monday');
    this.events.push({
      id: this.nextId(o.kind),
      organizerId: o.organizer.id,
      attendeeIds: this.attendeeIds(o.organizer, o.attendees),
      subject: o.subject,
      start: formatIsoWithOffset(startMs, iana(o.zone)),
      end: formatIsoWithOffset(startMs + o.minutes * 60_000, iana(o.zone)),
      showAs: o.showAs ?? 'busy',
      recurrence: {
        pattern: { type: 'weekly', interval: o.interval ?? 1, daysOfWeek },
        range: {
          type: 'endDate',
          startDate: isoDate(startDay),
          endDate: isoDate(this.clock.endDay - 1),
          recurrenceTimeZone: o.zone,
        },
      },
    });
  }

  /** A one-off meeting on `day` (a day number). */
  single(o: {
    kind: string;
    organizer: TenantUser;
    attendees: TenantUser[];
    subject: string;
    day: number;
    zone: string;
    time: string;
    minutes: number;
    showAs?: ShowAs;
  }): void {
    const startMs = localMs(o.zone, o.day, o.time);
    this.events.push({
      id: this.nextId(o.kind),
      organizerId: o.organizer.id,
      attendeeIds: this.attendeeIds(o.organizer, o.attendees),
      subject: o.subject,
      start: formatIsoWithOffset(startMs, iana(o.zone)),
      end: formatIsoWithOffset(startMs + o.minutes * 60_000, iana(o.zone)),
      showAs: o.showAs ?? 'busy',
    });
  }

  /** An all-day block from local midnight of `day` for `days` days, in the owner's zone. */
  allDay(o: { kind: string; owner: TenantUser; subject: string; day: number; days: number; showAs: ShowAs }): void {
    const startMs = localMs(o.owner.timeZone, o.day, '00:00');
    const endMs = localMs(o.owner.timeZone, o.day + o.days, '00:00');
    this.events.push({
      id: this.nextId(o.kind),
      organizerId: o.owner.id,
      attendeeIds: [],
      subject: o.subject,
      start: formatIsoWithOffset(startMs, iana(o.owner.timeZone)),
      end: formatIsoWithOffset(endMs, iana(o.owner.timeZone)),
      showAs: o.showAs,
      isAllDay: true,
    });
  }
}
