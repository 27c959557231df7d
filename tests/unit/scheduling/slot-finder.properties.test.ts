import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findSlots,
  instantToWall,
  resolveTimeZone,
  type BusyInterval,
  type SlotFinderInput,
  type SlotPerson,
} from '../../../shared/scheduling';
import { dayIndex, parseTimeOfDay } from '../../../shared/scheduling/working-hours';
import { findSlotsBaseline } from '../../bench/slots-baseline';

const MIN = 60_000;
const DAY = 86_400_000;
const ZONES = [
  'Pacific Standard Time',
  'Eastern Standard Time',
  'GMT Standard Time',
  'India Standard Time',
  'W. Europe Standard Time',
  'AUS Eastern Standard Time',
  'Tokyo Standard Time',
  'UTC',
];
const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const BASE = Date.UTC(2026, 1, 2); // spans US/UK/EU spring DST and AU autumn DST in the horizon

const busyArb = fc
  .record({
    startMin: fc.integer({ min: 0, max: 130 * 24 * 4 }),
    lenQ: fc.integer({ min: 1, max: 16 }),
    status: fc.constantFrom<BusyInterval['status']>('busy', 'busy', 'oof', 'tentative', 'workingElsewhere'),
  })
  .map(({ startMin, lenQ, status }) => ({
    start: BASE + startMin * 15 * MIN,
    end: BASE + (startMin + lenQ) * 15 * MIN,
    status,
  }));

const personArb = (id: string) =>
  fc
    .record({
      zone: fc.constantFrom(...ZONES),
      startH: fc.integer({ min: 0, max: 12 }),
      lenH: fc.integer({ min: 4, max: 12 }),
      days: fc.subarray(DAY_NAMES, { minLength: 1 }),
      busy: fc.array(busyArb, { maxLength: 120 }),
      hasHours: fc.integer({ min: 0, max: 9 }).map((x) => x > 0),
    })
    .map((r): SlotPerson => ({
      id,
      busy: r.busy,
      workingHours: !r.hasHours
        ? null
        : {
            daysOfWeek: r.days,
            startTime: `${String(r.startH).padStart(2, '0')}:00:00.0000000`,
            endTime: `${String(r.startH + r.lenH).padStart(2, '0')}:00:00.0000000`,
            timeZone: r.zone,
          },
      fallbackTimeZone: r.zone,
    }));

const inputArb = fc
  .record({
    a: personArb('ava'),
    b: personArb('ben'),
    nowOffsetMin: fc.integer({ min: 0, max: 14 * 24 * 60 }),
    days: fc.integer({ min: 1, max: 30 }),
    duration: fc.constantFrom(15, 30, 45, 60, 90, 120),
    gran: fc.constantFrom(5, 10, 15, 30, 60),
    cadence: fc.integer({ min: 1, max: 6 }),
    occurrences: fc.integer({ min: 1, max: 5 }),
    buffer: fc.constantFrom(0, 0, 10, 15),
    requireWorkingHours: fc.boolean(),
  })
  .map((r): SlotFinderInput => ({
    now: BASE + r.nowOffsetMin * MIN,
    organizerId: 'ava',
    people: [r.a, r.b],
    windowStart: BASE,
    windowEnd: BASE + r.days * DAY,
    durationMinutes: r.duration,
    granularityMinutes: r.gran,
    cadenceWeeks: r.cadence,
    occurrences: r.occurrences,
    preferences: { bufferMinutes: r.buffer, requireWorkingHours: r.requireWorkingHours },
  }));

/** Independent check of working hours: local weekday and minutes, computed per occurrence. */
function insideWorkingHours(p: SlotPerson, start: number, end: number): boolean {
  const wh = p.workingHours;
  if (wh === null) return true; // no hours known: any time counts
  const zone = resolveTimeZone(wh.timeZone)!;
  const wall = instantToWall(zone, start);
  const wallEnd = instantToWall(zone, end);
  const weekday = (((Math.floor(wall / DAY) + 4) % 7) + 7) % 7;
  const minute = Math.floor((wall - Math.floor(wall / DAY) * DAY) / MIN);
  const days = new Set(wh.daysOfWeek.map(dayIndex));
  const from = parseTimeOfDay(wh.startTime);
  const to = parseTimeOfDay(wh.endTime);
  return days.has(weekday) && minute >= from && minute + (wallEnd - wall) / MIN <= to;
}

describe('findSlots properties over random calendars, hours and zones', () => {
  it('never returns an occurrence that overlaps busy or out-of-office time (or its buffer)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const buffer = (input.preferences?.bufferMinutes ?? 0) * MIN;
        for (const slot of findSlots(input).slots) {
          expect(slot.occurrences).toHaveLength(input.occurrences);
          for (const o of slot.occurrences) {
            expect(o.end - o.start).toBe(input.durationMinutes * MIN);
            for (const p of input.people) {
              for (const b of p.busy) {
                if (b.status !== 'busy' && b.status !== 'oof') continue;
                expect(b.start - buffer < o.end && b.end + buffer > o.start).toBe(false);
              }
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every occurrence inside both working hours when asked to', () => {
    fc.assert(
      fc.property(inputArb, (raw) => {
        const input = { ...raw, preferences: { ...raw.preferences, requireWorkingHours: true } };
        for (const slot of findSlots(input).slots) {
          for (const o of slot.occurrences) {
            for (const p of input.people) expect(insideWorkingHours(p, o.start, o.end)).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('finds slots in a good share of the generated cases (the properties are not vacuous)', () => {
    const samples = fc.sample(inputArb, { numRuns: 200, seed: 7 });
    const withSlots = samples.filter((i) => findSlots(i).slots.length > 0).length;
    expect(withSlots).toBeGreaterThan(40);
  });

  it('is deterministic, never starts in the past, stays in the window and keeps the organiser wall clock', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const first = findSlots(input);
        expect(findSlots(structuredClone(input))).toEqual(first);
        const orgZone = resolveTimeZone(input.people[0]!.fallbackTimeZone!)!;
        for (const slot of first.slots) {
          expect(slot.start).toBeGreaterThanOrEqual(input.now);
          expect(slot.start).toBeLessThan(input.windowEnd);
          const wall0 = instantToWall(orgZone, slot.start) % DAY;
          for (const [k, o] of slot.occurrences.entries()) {
            const wall = instantToWall(orgZone, o.start);
            if (wall % DAY === wall0) {
              expect(Math.round((wall - instantToWall(orgZone, slot.start)) / DAY)).toBe(k * 7 * input.cadenceWeeks);
            } else {
              // Only a wall time that falls in a spring-forward gap may move (by the gap).
              expect(Math.abs((wall % DAY) - wall0)).toBeLessThanOrEqual(60 * MIN);
            }
          }
        }
        if (first.slots.length === 0) expect(first.emptyReason).toMatch(/\w/);
        else expect(first.emptyReason).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });

  it('finds a slot whenever a plain per-candidate scan finds one, and only then', () => {
    fc.assert(
      fc.property(inputArb, (raw) => {
        // The scan knows neither buffers nor missing hours, and uses a UTC grid.
        fc.pre(raw.people.every((p) => p.workingHours !== null && parseTimeOfDay(p.workingHours.startTime) >= 4 * 60));
        const input = { ...raw, granularityMinutes: 15, preferences: { requireWorkingHours: true } };
        const scan = findSlotsBaseline({ ...input, limit: 1 });
        expect(findSlots(input).slots.length > 0).toBe(scan.length > 0);
      }),
      { numRuns: 150 },
    );
  });
});
