import { describe, expect, it } from 'vitest';
import { availabilityView, type CalendarItem } from '../../../dev/demo-tenant/calendar';
import type { ShowAs } from '../../../dev/demo-tenant/tenant-schema';

const T0 = Date.parse('2026-11-24T09:00:00Z');
const MIN = 60_000;
function item(showAs: ShowAs, fromMin: number, toMin: number): CalendarItem {
  return {
    event: { id: `e-${showAs}-${fromMin}`, organizerId: 'u', attendeeIds: [], subject: '', start: '', end: '', showAs },
    startMs: T0 + fromMin * MIN,
    endMs: T0 + toMin * MIN,
    occurrence: false,
  };
}

describe('availabilityView', () => {
  const window = { startMs: T0, endMs: T0 + 180 * MIN };

  it('writes one digit per interval with Graph codes', () => {
    expect(availabilityView([item('busy', 30, 60), item('oof', 120, 150)], window, 30)).toBe('020030');
  });

  it('lets oof beat busy beat tentative beat workingElsewhere beat free', () => {
    const items = [
      item('workingElsewhere', 0, 180),
      item('tentative', 30, 150),
      item('busy', 60, 120),
      item('oof', 90, 120),
    ];
    expect(availabilityView(items, window, 30)).toBe('412314');
  });

  it('marks every interval an item touches, even partly', () => {
    expect(availabilityView([item('busy', 10, 35)], window, 30)).toBe('220000');
  });
});
