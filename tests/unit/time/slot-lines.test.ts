import { describe, expect, it } from 'vitest';
import { slotLines } from '../../../shared/time';

const plain = (text: string) => text.replace(/[\u202f\u2009\u00a0]/g, ' ');
const slot = { start: '2026-12-08T18:15:00Z', end: '2026-12-08T18:45:00Z' };

describe('slotLines', () => {
  it('one unlabelled line when both people share a zone', () => {
    const lines = slotLines(
      slot,
      [
        { label: 'You', zone: 'Europe/London' },
        { label: 'Omar', zone: 'Europe/London' },
      ],
      'en-GB',
    );
    expect(lines).toEqual([{ range: '18:15–18:45', weekday: 'Tue', text: '18:15–18:45 Tue' }]);
  });

  it('one labelled line per person when zones differ; the others carry their place', () => {
    const lines = slotLines(
      slot,
      [
        { label: 'You', zone: 'America/Los_Angeles' },
        { label: 'Omar', zone: 'Europe/London' },
      ],
      'en-GB',
    );
    expect(lines.map((line) => line.text)).toEqual(['You · 10:15–10:45 Tue', 'Omar · 18:15–18:45 Tue, London']);
    expect(lines[1]).toMatchObject({ label: 'Omar', place: 'London', weekday: 'Tue' });
  });

  it('uses the locale’s clock for every line', () => {
    const lines = slotLines(
      slot,
      [
        { label: 'You', zone: 'America/Los_Angeles' },
        { label: 'Omar', zone: 'Europe/London' },
      ],
      'en-US',
    );
    expect(lines.map((line) => plain(line.text))).toEqual([
      'You · 10:15 – 10:45 AM Tue',
      'Omar · 6:15 – 6:45 PM Tue, London',
    ]);
  });

  it('the weekday is each person’s own near midnight', () => {
    const lines = slotLines(
      { start: '2026-12-08T23:15:00Z', end: '2026-12-08T23:45:00Z' },
      [
        { label: 'You', zone: 'Europe/London' },
        { label: 'Aiko', zone: 'Asia/Tokyo' },
      ],
      'ja-JP',
    );
    expect(lines.map((line) => line.weekday)).toEqual(['火', '水']);
  });

  it('needs someone to show the slot to', () => {
    expect(() => slotLines(slot, [], 'en-GB')).toThrow(RangeError);
  });
});
