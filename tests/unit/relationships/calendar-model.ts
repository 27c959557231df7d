import type { CalendarEffect } from '../../../shared/relationships/lifecycle-types';
import type { Series } from '../../../shared/relationships/relationship-schemas';

/**
 * A test model of both people's calendars: each booked series puts a copy in the organiser's and
 * the attendee's calendar; effects cancel occurrences of a copy from an instant or in a window.
 * Occurrences are expanded up to a fixed count, enough for any horizon the properties reach.
 */

const WEEK = 7 * 86_400_000;
const OCCURRENCES = 80;

interface Copy {
  key: string;
  generation: number;
  owner: string;
  series: Series;
  /** Cancelled ranges [from, until). */
  gaps: Array<[number, number]>;
}

const keyOf = (generation: number, series: Series) => `${generation}|${series.organizer}|${series.firstStart}`;

export class CalendarModel {
  private copies: Copy[] = [];
  /** Booking a series whose key is already live would be a duplicate; recorded to assert on. */
  duplicates = 0;

  private book(generation: number, series: Series, attendee: string) {
    const key = keyOf(generation, series);
    if (this.copies.some((c) => c.key === key)) this.duplicates += 1;
    for (const owner of [series.organizer, attendee]) this.copies.push({ key, generation, owner, series, gaps: [] });
  }

  private cancel(generation: number, series: Series, from: number, until: number, owner?: string) {
    for (const copy of this.copies) {
      if (copy.key === keyOf(generation, series) && (owner === undefined || copy.owner === owner)) {
        copy.gaps.push([from, until]);
      }
    }
  }

  apply(effect: CalendarEffect) {
    switch (effect.kind) {
      case 'book-series':
        return this.book(effect.generation, effect.series, effect.attendee);
      case 'replace-series':
        this.cancel(effect.generation, effect.previous, Date.parse(effect.from), Infinity);
        return this.book(effect.generation, effect.next, effect.attendee);
      case 'cancel-series':
        // Graph `cancel` by the organiser removes the occurrences for every attendee too.
        return this.cancel(effect.generation, effect.series, Date.parse(effect.from), Infinity);
      case 'remove-attendee-copy':
        return this.cancel(effect.generation, effect.series, Date.parse(effect.from), Infinity, effect.attendee);
      case 'cancel-occurrences':
        return this.cancel(effect.generation, effect.series, Date.parse(effect.from), Date.parse(effect.until));
    }
  }

  /** Live occurrence starts in [from, until), across every copy. */
  occurrences(from: number, until = Infinity): Array<{ owner: string; key: string; start: number }> {
    const found: Array<{ owner: string; key: string; start: number }> = [];
    for (const copy of this.copies) {
      const first = Date.parse(copy.series.firstStart);
      for (let k = 0; k < OCCURRENCES; k++) {
        const start = first + k * copy.series.cadenceWeeks * WEEK;
        if (start < from || start >= until) continue;
        if (copy.gaps.some(([a, b]) => start >= a && start < b)) continue;
        found.push({ owner: copy.owner, key: copy.key, start });
      }
    }
    return found;
  }

  /** Series keys with an occurrence from `from` on. */
  liveSeries(from: number): Set<string> {
    return new Set(this.occurrences(from).map((o) => o.key));
  }
}
