import { describe, expect, it } from 'vitest';
import { findSlots, toSlotsResponse, slotsResponseSchema, type SlotPerson } from '../../../shared/scheduling';
import { instantToWall } from '../../../shared/scheduling';

const DAY = 86_400_000;
const MIN = 60_000;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const person = (id: string, timeZone: string, startTime: string, endTime: string): SlotPerson => ({
  id,
  name: id,
  busy: [],
  workingHours: { daysOfWeek: WEEKDAYS, startTime, endTime, timeZone },
});
// Los Angeles 09:00–17:00 and London 08:00–16:00 never overlap in December.
const ava = person('ava', 'Pacific Standard Time', '09:00:00.0000000', '17:00:00.0000000');
const omar = person('omar', 'GMT Standard Time', '08:00:00.0000000', '16:00:00.0000000');
const FROM = Date.UTC(2026, 11, 1, 8);

const minuteIn = (zone: string, t: number) => Math.round((instantToWall(zone, t) % DAY) / MIN);
const weekday = (zone: string, t: number) => (Math.floor(instantToWall(zone, t) / DAY) + 4) % 7;
const inside = (zone: string, t: number, startMin: number, endMin: number) =>
  weekday(zone, t) >= 1 && weekday(zone, t) <= 5 && minuteIn(zone, t) >= startMin && minuteIn(zone, t) + 30 <= endMin;

describe('slots outside working hours, flagged per person', () => {
  const input = {
    now: FROM,
    organizerId: 'ava',
    people: [ava, omar],
    windowStart: FROM,
    windowEnd: FROM + 14 * DAY,
    durationMinutes: 30,
    granularityMinutes: 15,
    cadenceWeeks: 2,
    occurrences: 3,
  };

  it('finds nothing inside both people’s hours', () => {
    expect(findSlots(input).slots).toEqual([]);
  });

  it('with requireWorkingHours false offers times, each flagged for whoever it is outside working hours', () => {
    const { slots } = findSlots({ ...input, preferences: { requireWorkingHours: false }, limit: 20 });
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) {
      const laInside = slot.occurrences.every((o) => inside('America/Los_Angeles', o.start, 9 * 60, 17 * 60));
      const londonInside = slot.occurrences.every((o) => inside('Europe/London', o.start, 8 * 60, 16 * 60));
      expect(slot.local['ava']!.outsideWorkingHours).toBe(!laInside);
      expect(slot.local['omar']!.outsideWorkingHours).toBe(!londonInside);
      // Hours never overlap, so every offered time is outside someone's.
      expect(laInside && londonInside).toBe(false);
    }
    // Not every time is outside both: some lie inside one person's hours, and are flagged only for the other.
    expect(slots.some((s) => s.local['ava']!.outsideWorkingHours !== s.local['omar']!.outsideWorkingHours)).toBe(true);
    const body = slotsResponseSchema.parse(toSlotsResponse({ slots }));
    expect(body.slots[0]!.local['omar']!.outsideWorkingHours).toBe(slots[0]!.local['omar']!.outsideWorkingHours);
  });

  it('flags nobody when times lie inside everyone’s hours', () => {
    const ben = person('ben', 'Pacific Standard Time', '09:00:00', '17:00:00');
    const { slots } = findSlots({ ...input, people: [ava, ben], preferences: { requireWorkingHours: false } });
    expect(slots.length).toBeGreaterThan(0);
    const flagged = slots.filter((s) => s.local['ava']!.outsideWorkingHours || s.local['ben']!.outsideWorkingHours);
    for (const s of flagged) expect(s.reasons).toContain('Outside the working hours of someone invited');
    for (const s of slots.filter((x) => !flagged.includes(x)))
      expect(s.occurrences.every((o) => inside('America/Los_Angeles', o.start, 9 * 60, 17 * 60))).toBe(true);
  });
});
