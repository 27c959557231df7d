import { describe, expect, it } from 'vitest';
import {
  findSlots,
  occurrenceStarts,
  requiredHorizon,
  slotRequestSchema,
  slotsResponseSchema,
  toSlotsResponse,
} from '../../../shared/scheduling';

const DAY = 86_400_000;

describe('POST /api/slots request schema', () => {
  it('applies the defaults', () => {
    const r = slotRequestSchema.parse({ peers: ['ben@contoso.com'] });
    expect(r).toEqual({
      peers: ['ben@contoso.com'],
      durationMinutes: 30,
      cadenceWeeks: 4,
      occurrences: 3,
      days: 14,
      granularityMinutes: 15,
    });
  });

  it('accepts a full request with offsets in from', () => {
    const r = slotRequestSchema.parse({
      peers: ['1b2c'],
      durationMinutes: 45,
      cadenceWeeks: 2,
      occurrences: 6,
      from: '2026-03-02T09:00:00+05:30',
      days: 61,
      granularityMinutes: 30,
      preferences: {
        earliestHour: 9,
        latestHour: 17.5,
        avoidDays: ['friday'],
        bufferMinutes: 10,
        requireWorkingHours: false,
      },
    });
    expect(r.preferences?.avoidDays).toEqual(['friday']);
    expect(slotRequestSchema.safeParse({ peers: ['x'], from: '2026-03-02T09:00:00Z' }).success).toBe(true);
  });

  it.each([
    [{ peers: [] }, 'Name at least one peer'],
    [{ peers: Array.from({ length: 20 }, (_, i) => `p${i}`) }, 'At most 19 peers'],
    [{ peers: ['x'], durationMinutes: 10 }, 'durationMinutes must be 15–120'],
    [{ peers: ['x'], durationMinutes: 30.5 }, 'durationMinutes must be a whole number'],
    [{ peers: ['x'], cadenceWeeks: 13 }, 'cadenceWeeks must be 1–12'],
    [{ peers: ['x'], days: 62 }, 'days must be 1–61'],
    [{ peers: ['x'], granularityMinutes: 20 }, 'granularityMinutes must be one of 5, 10, 15, 30, 60'],
    [{ peers: ['x'], from: '2026-03-02T09:00:00' }, 'from must be an ISO date-time with a time zone offset'],
    [{ peers: ['x'], preferences: { avoidDays: ['Fri'] } }, 'Use a lowercase English day name'],
    [{ peers: ['x'], preferences: { earliestHour: 15, latestHour: 9 } }, 'earliestHour must be before latestHour'],
    [{ peers: ['x'], preferences: { bufferMinutes: 90 } }, 'bufferMinutes must be 0–60'],
  ])('rejects %j with a clear message', (body, message) => {
    const r = slotRequestSchema.safeParse(body);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message).join(' | ')).toContain(message);
  });
});

describe('engine output for the route', () => {
  const monday = Date.UTC(2026, 5, 1);
  const hours = { daysOfWeek: ['monday', 'tuesday'], startTime: '09:00', endTime: '17:00', timeZone: 'Europe/Berlin' };
  const input = {
    now: monday,
    organizerId: 'ava',
    people: [
      { id: 'ava', busy: [], workingHours: hours },
      { id: 'ben', busy: [], workingHours: null },
    ],
    windowStart: monday,
    windowEnd: monday + 7 * DAY,
    durationMinutes: 30,
    granularityMinutes: 15,
    cadenceWeeks: 4,
    occurrences: 3,
  };

  it('converts to a body that the response schema accepts, with ISO instants and local times', () => {
    const body = toSlotsResponse(findSlots(input));
    expect(slotsResponseSchema.parse(body)).toEqual(body);
    const first = body.slots[0]!;
    expect(first.start).toMatch(/Z$/);
    expect(first.occurrences).toHaveLength(3);
    // Ben has no working hours: his local times fall back to the organiser's zone.
    expect(first.local.ben!.timeZone).toBe('Europe/Berlin');
    expect(toSlotsResponse({ slots: [], emptyReason: 'x' })).toEqual({ slots: [], emptyReason: 'x' });
  });

  it('tells the adapter how far free/busy must reach and which occurrences lie beyond a fetch', () => {
    const horizon = requiredHorizon({
      windowEnd: input.windowEnd,
      organizerZone: 'Europe/Berlin',
      cadenceWeeks: 4,
      occurrences: 3,
      durationMinutes: 30,
    });
    expect(horizon).toBe(input.windowEnd + 56 * DAY + 30 * 60_000);
    // Across the October change in Berlin the UTC time moves by an hour; the wall clock does not.
    const starts = occurrenceStarts(Date.UTC(2026, 9, 13, 8), 'Europe/Berlin', 2, 3);
    expect(starts).toEqual([Date.UTC(2026, 9, 13, 8), Date.UTC(2026, 9, 27, 9), Date.UTC(2026, 10, 10, 9)]);
  });
});
