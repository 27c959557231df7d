import { describe, expect, it } from 'vitest';
import { noOverlapReason, rankByWorkingHours } from '../../../shared/discovery/hours-ranking';
import { peerSuggestionSchema, type PeerSuggestion } from '../../../shared/discovery/suggestion-schema';
import type { WorkingHours } from '../../../shared/scheduling';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const hours = (timeZone: string, startTime: string, endTime: string): WorkingHours => ({
  daysOfWeek: WEEKDAYS,
  startTime,
  endTime,
  timeZone,
});
const DEC_1 = Date.UTC(2026, 11, 1, 12);
const LA = hours('Pacific Standard Time', '09:00:00.0000000', '17:00:00.0000000');

const suggestion = (id: string, score: number): PeerSuggestion => ({
  user: { id, displayName: id, department: 'Design', jobTitle: 'Designer' },
  score,
  reasons: [`${id} reason`],
  cadenceWeeks: 4,
  cadenceReason: 'why',
  goal: 'rapport',
});
const ranked = [suggestion('omar', 0.9), suggestion('ny', 0.8), suggestion('unknown', 0.7), suggestion('la', 0.6)];
const hoursOf = {
  omar: hours('GMT Standard Time', '08:00:00.0000000', '16:00:00.0000000'),
  ny: hours('Eastern Standard Time', '09:00:00.0000000', '17:00:00.0000000'),
  unknown: null,
  la: hours('Pacific Standard Time', '10:00:00.0000000', '18:00:00.0000000'),
};

describe('rankByWorkingHours', () => {
  it('keeps the order of people whose hours overlap and lists a never-overlapping one last, with only that reason', () => {
    const out = rankByWorkingHours({ suggestions: ranked, myHours: LA, hoursOf, from: DEC_1 });
    expect(out.map((s) => s.user.id)).toEqual(['ny', 'unknown', 'la', 'omar']);
    const omar = out[3]!;
    expect(omar.reasons).toEqual(["Your working hours don't overlap (London 08:00–16:00)"]);
    expect(omar.hoursOverlapMinutes).toBe(0);
    // Overlaps carry their minutes (NY 09:00–17:00 = LA 06:00–14:00: 09:00–14:00 LA, 5 h); unknown carries none.
    expect(out[0]!.hoursOverlapMinutes).toBe(300);
    expect(out[0]!.reasons).toEqual(['ny reason']);
    expect(out[1]!.hoursOverlapMinutes).toBeUndefined();
    expect(out[2]!.hoursOverlapMinutes).toBe(420);
    for (const s of out) peerSuggestionSchema.parse(s);
  });

  it('changes nothing when the caller’s own hours are unknown', () => {
    const out = rankByWorkingHours({ suggestions: ranked, myHours: null, hoursOf, from: DEC_1 });
    expect(out).toEqual(ranked);
  });

  it('names the peer’s place and hours in the reason', () => {
    expect(noOverlapReason(hours('Tokyo Standard Time', '09:30:00', '18:00:00'))).toBe(
      "Your working hours don't overlap (Tokyo 09:30–18:00)",
    );
  });
});
