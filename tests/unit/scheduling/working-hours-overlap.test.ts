import { describe, expect, it } from 'vitest';
import type { WorkingHours } from '../../../shared/scheduling';
import { workingHoursOverlap } from '../../../shared/scheduling/working-hours-overlap';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const hours = (timeZone: string, startTime: string, endTime: string, days = WEEKDAYS): WorkingHours => ({
  daysOfWeek: days,
  startTime,
  endTime,
  timeZone,
});
// Tuesday 1 December 2026 (winter: Los Angeles UTC−8, London UTC+0, New York UTC−5).
const DEC_1 = Date.UTC(2026, 11, 1, 12);

describe('workingHoursOverlap', () => {
  it('finds no overlap between Los Angeles 09:00–17:00 and London 08:00–16:00 (17:00 in London is 09:00 in LA)', () => {
    const la = hours('Pacific Standard Time', '09:00:00.0000000', '17:00:00.0000000');
    const london = hours('GMT Standard Time', '08:00:00.0000000', '16:00:00.0000000');
    expect(workingHoursOverlap(la, london, DEC_1)).toEqual({ dailyMinutes: 0, days: [] });
    expect(workingHoursOverlap(london, la, DEC_1)).toEqual({ dailyMinutes: 0, days: [] });
  });

  it('measures a short daily overlap: LA 08:00–16:00 and London 09:00–17:00 share 16:00–17:00 London', () => {
    const la = hours('America/Los_Angeles', '08:00', '16:00');
    const london = hours('Europe/London', '09:00', '17:00');
    expect(workingHoursOverlap(la, london, DEC_1)).toEqual({ dailyMinutes: 60, days: [1, 2, 3, 4, 5] });
  });

  it('counts only the days both work', () => {
    const ny = hours('Eastern Standard Time', '09:00', '17:00', ['monday', 'tuesday', 'wednesday', 'thursday']);
    const london = hours('GMT Standard Time', '09:00', '17:00');
    // 09:00–12:00 New York is 14:00–17:00 London: three hours, Monday to Thursday only.
    expect(workingHoursOverlap(ny, london, DEC_1)).toEqual({ dailyMinutes: 180, days: [1, 2, 3, 4] });
  });

  it('follows a weekday shift across the date line: Tokyo Monday morning is Los Angeles Sunday afternoon', () => {
    const tokyo = hours('Asia/Tokyo', '09:00', '12:00', ['monday']);
    const la = hours('America/Los_Angeles', '15:00', '20:00', ['sunday']);
    // Monday 09:00–12:00 Tokyo = Sunday 16:00–19:00 Los Angeles, in winter.
    expect(workingHoursOverlap(tokyo, la, DEC_1)).toEqual({ dailyMinutes: 180, days: [1] });
    expect(workingHoursOverlap(la, tokyo, DEC_1)).toEqual({ dailyMinutes: 180, days: [0] });
  });

  it('sees the overlap a DST change opens: New York and London 1 hour apart only in the weeks the US moved first', () => {
    const ny = hours('America/New_York', '08:00', '12:00');
    const london = hours('Europe/London', '16:00', '18:00');
    // Winter: 08:00 New York = 13:00 London, ends 17:00 → 16:00–17:00 shared (60 min).
    expect(workingHoursOverlap(ny, london, DEC_1)?.dailyMinutes).toBe(60);
    // 9 March 2026: the US is on summer time, the UK not yet: 08:00–12:00 NY = 12:00–16:00 London.
    expect(workingHoursOverlap(ny, london, Date.UTC(2026, 2, 9, 12))).toEqual({ dailyMinutes: 0, days: [] });
  });

  it('answers null when hours cannot be read (unknown is not "never")', () => {
    const london = hours('GMT Standard Time', '09:00', '17:00');
    expect(workingHoursOverlap(hours('Not/A_Zone', '09:00', '17:00'), london, DEC_1)).toBeNull();
    expect(workingHoursOverlap(london, hours('Europe/Paris', 'nine', '17:00'), DEC_1)).toBeNull();
  });
});
