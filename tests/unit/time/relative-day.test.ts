import { describe, expect, it } from 'vitest';
import { formatRelative, relativeDay, relativeMeetingTime } from '../../../shared/time';

describe('relativeDay counts calendar days in the user’s zone', () => {
  const now = '2026-12-09T20:00:00Z';
  it('a time later today is 0 in London but tomorrow in Tokyo (where it is already past 05:00 on the 10th)', () => {
    expect(relativeDay('2026-12-09T22:00:00Z', now, 'Europe/London')).toEqual({ value: 0, unit: 'day' });
    expect(relativeDay('2026-12-09T14:00:00Z', now, 'Asia/Tokyo')).toEqual({ value: -1, unit: 'day' });
  });
  it('three days ahead', () => {
    expect(relativeDay('2026-12-12T09:00:00Z', now, 'Europe/London')).toEqual({ value: 3, unit: 'day' });
  });
  it('across the spring-forward day a calendar day is still one day (Los Angeles, 8 March 2026)', () => {
    expect(relativeDay('2026-03-09T07:30:00Z', '2026-03-08T09:00:00Z', 'America/Los_Angeles').value).toBe(1);
    expect(relativeDay('2026-03-09T06:59:00Z', '2026-03-08T08:01:00Z', 'America/Los_Angeles').value).toBe(0);
  });
  it('across the fall-back day (London, 25 October 2026)', () => {
    expect(relativeDay('2026-10-25T23:30:00Z', '2026-10-25T00:30:00Z', 'Europe/London').value).toBe(0);
    expect(relativeDay('2026-10-26T00:30:00Z', '2026-10-25T00:30:00Z', 'Europe/London').value).toBe(1);
  });
});

describe('relativeMeetingTime', () => {
  const now = Date.parse('2026-12-09T10:00:00Z');
  it('a meeting 2 hours away reads in hours, not "in 1 day"', () => {
    expect(relativeMeetingTime(now + 2 * 3_600_000, now, 'UTC')).toEqual({ value: 2, unit: 'hour' });
  });
  it('under an hour it reads in minutes, at least one', () => {
    expect(relativeMeetingTime(now + 25 * 60_000, now, 'UTC')).toEqual({ value: 25, unit: 'minute' });
    expect(relativeMeetingTime(now + 10_000, now, 'UTC')).toEqual({ value: 1, unit: 'minute' });
    expect(relativeMeetingTime(now - 5 * 60_000, now, 'UTC')).toEqual({ value: -5, unit: 'minute' });
  });
  it('a day or more away reads in calendar days', () => {
    expect(relativeMeetingTime(now + 3 * 86_400_000, now, 'UTC')).toEqual({ value: 3, unit: 'day' });
  });
});

describe('formatRelative uses the words of each locale', () => {
  it.each([
    ['en-US', ['today', 'tomorrow', 'in 3 days', 'in 2 hours', 'yesterday']],
    ['en-GB', ['today', 'tomorrow', 'in 3 days', 'in 2 hours', 'yesterday']],
    ['de-DE', ['heute', 'morgen', 'in 3 Tagen', 'in 2 Stunden', 'gestern']],
    ['ja-JP', ['今日', '明日', '3 日後', '2 時間後', '昨日']],
  ] as const)('%s', (locale, expected) => {
    const texts = [
      formatRelative({ value: 0, unit: 'day' }, locale),
      formatRelative({ value: 1, unit: 'day' }, locale),
      formatRelative({ value: 3, unit: 'day' }, locale),
      formatRelative({ value: 2, unit: 'hour' }, locale),
      formatRelative({ value: -1, unit: 'day' }, locale),
    ];
    expect(texts).toEqual(expected);
  });
});
