import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime, formatTimeRange, intlLocale, zonePlace } from '../../../shared/time';

// Intl puts narrow and thin no-break spaces into some patterns; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u2009\u00a0]/g, ' ');

const at = Date.parse('2026-12-09T15:15:00Z');

describe('formatTime follows the locale’s clock', () => {
  it.each([
    ['en-US', '3:15 PM'],
    ['en-GB', '15:15'],
    ['de-DE', '15:15'],
    ['ja-JP', '15:15'],
  ])('%s shows %s for 15:15 UTC', (locale, expected) => {
    expect(plain(formatTime(at, { locale, zone: 'UTC' }))).toBe(expected);
  });

  it('converts into the viewer’s zone', () => {
    expect(plain(formatTime(at, { locale: 'en-US', zone: 'America/Los_Angeles' }))).toBe('7:15 AM');
    expect(formatTime(at, { locale: 'en-GB', zone: 'Asia/Tokyo' })).toBe('00:15');
  });

  it('accepts ISO strings and Dates as well as epoch ms', () => {
    const view = { locale: 'en-GB', zone: 'UTC' };
    expect(formatTime('2026-12-09T15:15:00Z', view)).toBe('15:15');
    expect(formatTime(new Date(at), view)).toBe('15:15');
    expect(() => formatTime('not a date', view)).toThrow(RangeError);
  });
});

describe('formatDate reads as a date, never as ISO', () => {
  it.each([
    ['en-US', 'Wed, Dec 9'],
    ['en-GB', 'Wed 9 Dec'],
    ['de-DE', 'Mi., 9. Dez.'],
    ['ja-JP', '12月9日(水)'],
  ])('%s: %s', (locale, expected) => {
    expect(formatDate(at, { locale, zone: 'UTC' })).toBe(expected);
  });

  it('adds the year only when it is not the current one', () => {
    const view = { locale: 'en-GB', zone: 'UTC' };
    expect(formatDate(at, view, '2026-01-01T12:00:00Z')).toBe('Wed 9 Dec');
    expect(formatDate(at, view, '2027-01-01T12:00:00Z')).toContain('2026');
  });

  it('takes the calendar day in the viewer’s zone', () => {
    const late = Date.parse('2026-12-09T23:30:00Z');
    expect(formatDate(late, { locale: 'en-GB', zone: 'Asia/Tokyo' })).toBe('Thu 10 Dec');
    expect(formatDate(late, { locale: 'en-GB', zone: 'America/Los_Angeles' })).toBe('Wed 9 Dec');
  });

  it('formatDateTime joins both in the locale’s order', () => {
    expect(plain(formatDateTime(at, { locale: 'en-US', zone: 'UTC' }))).toBe('Wed, Dec 9, 3:15 PM');
    expect(formatDateTime(at, { locale: 'de-DE', zone: 'UTC' })).toBe('Mi., 9. Dez., 15:15');
  });
});

describe('formatTimeRange', () => {
  const end = at + 30 * 60_000;
  it.each([
    ['en-US', '3:15 – 3:45 PM'],
    ['en-GB', '15:15–15:45'],
    ['de-DE', '15:15–15:45 Uhr'],
  ])('%s: %s', (locale, expected) => {
    expect(plain(formatTimeRange(at, end, { locale, zone: 'UTC' }))).toBe(expected);
  });

  it('names both days when the range crosses midnight in the zone', () => {
    expect(
      formatTimeRange(Date.parse('2026-12-09T23:45:00Z'), Date.parse('2026-12-10T00:15:00Z'), {
        locale: 'en-GB',
        zone: 'UTC',
      }),
    ).toMatch(/9 Dec.*10 Dec/);
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => formatTimeRange(end, at, { locale: 'en-GB', zone: 'UTC' })).toThrow(RangeError);
  });
});

describe('DST weeks', () => {
  it('Los Angeles moves from UTC−8 to UTC−7 on 8 March 2026, London stays until 29 March', () => {
    const view = { locale: 'en-GB', zone: 'America/Los_Angeles' };
    expect(formatTime('2026-03-07T17:00:00Z', view)).toBe('09:00');
    expect(formatTime('2026-03-09T17:00:00Z', view)).toBe('10:00');
    const london = { locale: 'en-GB', zone: 'Europe/London' };
    expect(formatTime('2026-03-28T09:00:00Z', london)).toBe('09:00');
    expect(formatTime('2026-03-30T09:00:00Z', london)).toBe('10:00');
  });

  it('a meeting fixed in UTC shifts by an hour for London across 25 October 2026, and again for LA on 1 November', () => {
    const london = { locale: 'en-GB', zone: 'Europe/London' };
    const la = { locale: 'en-US', zone: 'America/Los_Angeles' };
    expect(formatTime('2026-10-23T16:00:00Z', london)).toBe('17:00');
    expect(formatTime('2026-10-30T16:00:00Z', london)).toBe('16:00');
    expect(plain(formatTime('2026-10-30T16:00:00Z', la))).toBe('9:00 AM');
    expect(plain(formatTime('2026-11-02T16:00:00Z', la))).toBe('8:00 AM');
  });

  it('a range over the spring-forward hour shows the wall times either side', () => {
    // 01:30 PST is 09:30Z; one real hour later is 03:30 PDT.
    const text = formatTimeRange('2026-03-08T09:30:00Z', '2026-03-08T10:30:00Z', {
      locale: 'en-GB',
      zone: 'America/Los_Angeles',
    });
    expect(text).toBe('01:30–03:30');
  });
});

describe('locales Intl does not know', () => {
  it('the pseudo-locale formats with English data', () => {
    expect(intlLocale('qps-ploc')).toBe('en-US');
    expect(plain(formatTime(at, { locale: 'qps-ploc', zone: 'UTC' }))).toBe('3:15 PM');
  });
  it('zonePlace names the city of an IANA zone', () => {
    expect(zonePlace('America/Los_Angeles')).toBe('Los Angeles');
    expect(zonePlace('UTC')).toBe('UTC');
  });
});
