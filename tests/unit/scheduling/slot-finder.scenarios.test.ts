import { describe, expect, it } from 'vitest';
import {
  findSlots,
  instantToWall,
  type BusyInterval,
  type SlotFinderInput,
  type SlotPerson,
} from '../../../shared/scheduling';

const MIN = 60_000;
const H = 3_600_000;
const DAY = 86_400_000;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

function person(
  id: string,
  timeZone: string,
  startTime: string,
  endTime: string,
  busy: BusyInterval[] = [],
): SlotPerson {
  return {
    id,
    name: id.charAt(0).toUpperCase() + id.slice(1),
    busy,
    workingHours: { daysOfWeek: WEEKDAYS, startTime, endTime, timeZone },
  };
}

function request(
  people: SlotPerson[],
  from: number,
  days: number,
  extra: Partial<SlotFinderInput> = {},
): SlotFinderInput {
  return {
    now: from,
    organizerId: people[0]!.id,
    people,
    windowStart: from,
    windowEnd: from + days * DAY,
    durationMinutes: 30,
    granularityMinutes: 15,
    cadenceWeeks: 4,
    occurrences: 3,
    ...extra,
  };
}

/** Minutes since local midnight of an instant in a zone. */
function localMinute(zone: string, t: number): number {
  const wall = instantToWall(zone, t);
  return Math.round((wall - Math.floor(wall / DAY) * DAY) / MIN);
}

describe('New York ↔ London across the US and UK DST changes', () => {
  // US clocks go forward on 8 March 2026, UK clocks on 29 March: for three weeks the gap is 4 h.
  const ava = person('ava', 'GMT Standard Time', '09:00:00.0000000', '17:00:00.0000000');
  const ben = person('ben', 'Eastern Standard Time', '09:00:00.0000000', '17:00:00.0000000');
  const input = request([ava, ben], Date.UTC(2026, 2, 2), 5, { cadenceWeeks: 1, occurrences: 5, limit: 20 });
  const result = findSlots(input);

  it('keeps the organiser wall clock and stays in both working hours on every weekly occurrence', () => {
    expect(result.slots.length).toBeGreaterThan(0);
    for (const slot of result.slots) {
      const londonStart = localMinute('Europe/London', slot.start);
      for (const o of slot.occurrences) {
        expect(localMinute('Europe/London', o.start)).toBe(londonStart);
        // Only 14:00–17:00 London works in all three phases (GMT/EST, GMT/EDT, BST/EDT).
        expect(localMinute('Europe/London', o.start)).toBeGreaterThanOrEqual(14 * 60);
        expect(localMinute('America/New_York', o.start)).toBeGreaterThanOrEqual(9 * 60);
      }
    }
  });

  it('shows that New York sees the meeting an hour later while only the US is on summer time', () => {
    const slot = result.slots[0]!;
    const ny = slot.occurrences.map((o) => localMinute('America/New_York', o.start));
    // Occurrences on 2, 9, 16, 23 and 30 March (the first weekday of the window may differ).
    expect(ny[1]! - ny[0]!).toBe(60);
    expect(ny[4]).toBe(ny[0]);
    expect(
      slot.reasons.some((r) => /^For Ben it is \d\d:\d\d on Mar \d+, Mar \d+ and Mar \d+ \(clocks change/.test(r)),
    ).toBe(true);
    expect(slot.reasons.some((r) => r.startsWith('For Ava'))).toBe(false);
    expect(slot.local.ben!.timeZone).toBe('America/New_York');
    expect(slot.local.ava!.timeZone).toBe('Europe/London');
  });

  it('offers 13:00 London, free during the US-only weeks, only when those are the only weeks checked', () => {
    const inGap = request([ava, ben], Date.UTC(2026, 2, 9), 5, { cadenceWeeks: 1, occurrences: 3, limit: 40 });
    const starts = findSlots(inGap).slots.map((s) => localMinute('Europe/London', s.start));
    expect(Math.min(...starts)).toBe(13 * 60);
  });
});

describe('Kolkata (+05:30) ↔ Pacific', () => {
  const from = Date.UTC(2026, 3, 6); // both in fixed offsets: IST, PDT
  it('finds the half-hour overlap and reports both local times on the +05:30 grid', () => {
    const priya = person('priya', 'India Standard Time', '10:00', '19:00');
    const sam = person('sam', 'Pacific Standard Time', '06:00', '15:00');
    const result = findSlots(request([priya, sam], from, 5, { granularityMinutes: 30 }));
    expect(result.slots.length).toBeGreaterThan(0);
    const slot = result.slots[0]!;
    expect(slot.local.priya!.start.slice(11)).toBe('18:30');
    expect(slot.local.priya!.end.slice(11)).toBe('19:00');
    expect(slot.local.sam!.start.slice(11)).toBe('06:00');
    expect(slot.local.priya!.start.slice(0, 10)).toBe(slot.local.sam!.start.slice(0, 10));
    expect(slot.reasons.some((r) => /early for Sam \(06:00\)/.test(r))).toBe(true);
  });

  it('explains that nine-to-five in both zones never overlaps', () => {
    const priya = person('priya', 'India Standard Time', '09:00', '17:00');
    const sam = person('sam', 'Pacific Standard Time', '09:00', '17:00');
    const result = findSlots(request([priya, sam], from, 14));
    expect(result.slots).toEqual([]);
    expect(result.emptyReason).toMatch(/Priya's and Sam's working hours never overlap/);
  });
});

describe('blocked calendars', () => {
  const monday = Date.UTC(2026, 5, 1);

  it('returns nothing for a fully booked week, with a reason', () => {
    const wall: BusyInterval[] = [{ start: monday, end: monday + 7 * DAY, status: 'busy' }];
    const result = findSlots(
      request([person('ava', 'UTC', '09:00', '17:00'), person('ben', 'UTC', '09:00', '17:00', wall)], monday, 7),
    );
    expect(result.slots).toEqual([]);
    expect(result.emptyReason).toMatch(/fully booked/);
  });

  it('skips first weeks whose later occurrence falls in an out-of-office week', () => {
    // Ben is away the whole week of 29 June, four weeks after the first week of the window.
    const away: BusyInterval[] = [{ start: monday + 28 * DAY, end: monday + 33 * DAY, status: 'oof' }];
    const people = [person('ava', 'UTC', '09:00', '17:00'), person('ben', 'UTC', '09:00', '17:00', away)];
    const firstWeekOnly = findSlots(request(people, monday, 5));
    expect(firstWeekOnly.slots).toEqual([]);
    expect(firstWeekOnly.emptyReason).toMatch(/Ben is out of office on a later occurrence/);

    const twoWeeks = findSlots(request(people, monday, 12, { limit: 50 }));
    expect(twoWeeks.slots.length).toBeGreaterThan(0);
    for (const s of twoWeeks.slots) expect(s.start).toBeGreaterThanOrEqual(monday + 7 * DAY);

    expect(findSlots(request(people, monday, 5, { occurrences: 1 })).slots.length).toBeGreaterThan(0);
  });

  it('blocks busy time but allows tentative time, ranked lower and flagged', () => {
    const tue = monday + DAY;
    const ben: BusyInterval[] = [
      { start: tue, end: tue + 11 * H, status: 'busy' },
      { start: tue + 11 * H, end: tue + 12 * H, status: 'busy' },
      { start: tue + 13 * H, end: tue + 14 * H, status: 'tentative' },
      { start: tue + 15 * H, end: tue + 24 * H, status: 'busy' },
    ];
    const people = [person('ava', 'UTC', '09:00', '17:00'), person('ben', 'UTC', '09:00', '17:00', ben)];
    const result = findSlots(request(people, tue, 1, { occurrences: 1, limit: 20 }));
    // Free: 12:00–13:00 (clear) and 13:00–15:00 (13–14 tentative); 11:00–12:00 is busy.
    for (const s of result.slots) {
      expect(s.start).toBeGreaterThanOrEqual(tue + 12 * H);
      expect(s.end).toBeLessThanOrEqual(tue + 15 * H);
      const overlapsTentative = s.start < tue + 14 * H && s.end > tue + 13 * H;
      expect(s.tentative).toBe(overlapsTentative);
    }
    const tentative = result.slots.find((s) => s.tentative);
    const clear = result.slots.find((s) => !s.tentative);
    expect(tentative).toBeDefined();
    expect(clear).toBeDefined();
    expect(tentative!.score).toBeLessThan(clear!.score);
    expect(tentative!.reasons).toContain('Ben has a tentative hold on occurrence 1');
  });
});

describe('preferences, the clock and ranking', () => {
  const monday = Date.UTC(2026, 5, 1);
  const people = () => [person('ava', 'UTC', '08:00', '18:00'), person('ben', 'UTC', '08:00', '18:00')];

  it('never starts in the past, even inside the window', () => {
    const input = request(people(), monday, 1, { now: monday + 12 * H + 7 * MIN, occurrences: 1, limit: 50 });
    const result = findSlots(input);
    expect(result.slots.length).toBeGreaterThan(0);
    for (const s of result.slots) expect(s.start).toBeGreaterThanOrEqual(monday + 12 * H + 15 * MIN);
    expect(findSlots({ ...input, now: monday + 2 * DAY }).emptyReason).toMatch(/already passed/);
  });

  it('honours avoided days and the earliest and latest local hour', () => {
    const input = request(people(), monday, 7, {
      occurrences: 2,
      limit: 50,
      preferences: { avoidDays: ['monday', 'friday'], earliestHour: 13, latestHour: 16 },
    });
    const result = findSlots(input);
    expect(result.slots.length).toBeGreaterThan(0);
    for (const s of result.slots) {
      for (const o of s.occurrences) {
        const weekday = (Math.floor(o.start / DAY) + 4) % 7;
        expect([1, 5]).not.toContain(weekday);
        expect(localMinute('UTC', o.start)).toBeGreaterThanOrEqual(13 * 60);
        expect(localMinute('UTC', o.end)).toBeLessThanOrEqual(16 * 60);
      }
    }
  });

  it('prefers mid-morning to mid-afternoon and spreads the top results over different days', () => {
    const result = findSlots(request(people(), monday, 5, { occurrences: 1, limit: 5 }));
    const days = new Set(result.slots.map((s) => Math.floor(s.start / DAY)));
    expect(days.size).toBe(5);
    for (const s of result.slots) {
      expect(localMinute('UTC', s.start)).toBeGreaterThanOrEqual(10 * 60);
      expect(localMinute('UTC', s.end)).toBeLessThanOrEqual(15 * 60);
      expect(s.reasons[0]).toBe('Free for both');
    }
  });

  it('explains when the preferences leave no time inside working hours', () => {
    const result = findSlots(request(people(), monday, 7, { preferences: { earliestHour: 18, latestHour: 20 } }));
    expect(result.slots).toEqual([]);
    expect(result.emptyReason).toMatch(/preferred hours and days/);
  });

  it('rejects a search window longer than 61 days', () => {
    expect(() => findSlots(request(people(), monday, 62))).toThrow(RangeError);
  });
});
