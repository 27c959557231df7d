import { describe, expect, it } from 'vitest';
import { applyPersonLimits, deliveryFor, type Delivery } from '../../../shared/reminders/delivery-window';
import { nextCheckAt } from '../../../shared/reminders/next-check';
import { peerOverdue } from '../../../shared/reminders/peer-overdue';
import type { DueReminder } from '../../../shared/reminders/reminder-types';
import { DEFAULT_CALENDAR, workingCalendarOf } from '../../../shared/reminders/working-calendar';
import { ALEX, at, facts, input, weekdays } from './reminder-fixtures';

const london = workingCalendarOf(weekdays('GMT Standard Time'));
const reminder = (over: Partial<DueReminder> = {}): DueReminder => ({
  recipient: ALEX,
  kind: 'peerOverdue',
  relationshipId: 'rel-a',
  occurrence: 'overdue-x-w0',
  payload: {},
  target: { page: 'relationship', relationshipId: 'rel-a' },
  ...over,
});

describe('delivery window', () => {
  it('sends inside working hours', () => {
    expect(deliveryFor(reminder(), london, at('2026-12-08T10:00:00Z'))).toMatchObject({
      action: 'send',
      day: '2026-12-08',
    });
  });

  it('held over a weekend until Monday 09:00 in the recipient zone', () => {
    const d = deliveryFor(reminder(), london, at('2026-12-12T11:00:00Z'));
    expect(d).toMatchObject({ action: 'hold', reason: 'outside-working-hours' });
    expect(d.action === 'hold' && new Date(d.until).toISOString()).toBe('2026-12-14T09:00:00.000Z');
  });

  it('held in the evening until the next morning, in summer time too', () => {
    const d = deliveryFor(reminder(), london, at('2027-06-08T17:30:00Z')); // 18:30 BST
    expect(d.action === 'hold' && new Date(d.until).toISOString()).toBe('2027-06-09T08:00:00.000Z');
  });

  it('drops what would lapse before the next working morning', () => {
    const d = deliveryFor(reminder({ expiresAt: at('2026-12-14T00:00:00Z') }), london, at('2026-12-12T11:00:00Z'));
    expect(d).toMatchObject({ action: 'drop', reason: 'expired' });
  });

  it('unknown working hours mean Monday to Friday, 09:00 to 17:00 UTC', () => {
    const { zone, ...week } = workingCalendarOf(null);
    expect(zone).toMatch(/^(Etc\/)?UTC$/);
    expect(week).toEqual({ days: DEFAULT_CALENDAR.days, startMinute: 540, endMinute: 1020 });
    expect(deliveryFor(reminder(), workingCalendarOf(null), at('2026-12-08T08:00:00Z')).action).toBe('hold');
  });

  it('at most one reminder per person per relationship per day: the more useful kind goes first', () => {
    const now = at('2026-12-08T10:00:00Z');
    const sends: Delivery[] = [
      deliveryFor(reminder({ kind: 'peerDueSoon', occurrence: 'due-x' }), london, now),
      deliveryFor(reminder({ kind: 'meetingFollowUp', occurrence: 'followup-x' }), london, now),
    ];
    const out = applyPersonLimits(sends, () => london, now);
    expect(out.map((d) => [d.reminder.kind, d.action])).toEqual([
      ['meetingFollowUp', 'send'],
      ['peerDueSoon', 'hold'],
    ]);
    const held = out[1]!;
    expect(held.action === 'hold' && new Date(held.until).toISOString()).toBe('2026-12-09T09:00:00.000Z');
    // Already served earlier today: held too.
    const again = applyPersonLimits([sends[0]!], () => london, now, new Set([`${ALEX}|rel-a`]));
    expect(again[0]!.action).toBe('hold');
  });

  it('at most 10 per person per minute', () => {
    const now = at('2026-12-08T10:00:00Z');
    const many = Array.from({ length: 12 }, (_, i) =>
      deliveryFor(reminder({ relationshipId: `rel-${i}`, occurrence: `o${i}` }), london, now),
    );
    const out = applyPersonLimits(many, () => london, now);
    expect(out.filter((d) => d.action === 'send')).toHaveLength(10);
    expect(out.filter((d) => d.action === 'hold' && d.reason === 'per-minute')).toHaveLength(2);
  });
});

describe('next check for the due index', () => {
  const lastMet = { lastHeldStart: at('2026-11-02T10:00:00Z') };

  it('moves from due-soon to due to each overdue week', () => {
    expect(nextCheckAt(input({ now: '2026-11-10T10:00:00Z', timeline: lastMet }))).toBe(at('2026-11-23T10:00:00Z'));
    expect(nextCheckAt(input({ now: '2026-11-24T10:00:00Z', timeline: lastMet }))).toBe(at('2026-11-30T10:00:00Z'));
    expect(nextCheckAt(input({ now: '2026-12-01T10:00:00Z', timeline: lastMet }))).toBe(at('2026-12-07T10:00:00Z'));
    // And every moment it names is one where the rule fires.
    expect(peerOverdue(input({ now: '2026-12-07T10:00:00Z', timeline: lastMet }))).toHaveLength(2);
  });

  it('a planned meeting points at the prep morning, then at the follow-up', () => {
    const planned = {
      ...lastMet,
      nextMeetingStart: at('2026-12-09T14:00:00Z'),
      nextMeetingEnd: at('2026-12-09T14:30:00Z'),
    };
    expect(nextCheckAt(input({ now: '2026-12-01T10:00:00Z', timeline: planned }))).toBe(at('2026-12-08T09:00:00Z'));
    expect(nextCheckAt(input({ now: '2026-12-08T10:00:00Z', timeline: planned }))).toBe(at('2026-12-09T15:30:00Z'));
  });

  it('ended relationships leave the index; paused ones come back the day after the pause', () => {
    expect(nextCheckAt(input({ now: '2026-12-01T10:00:00Z', facts: facts({ status: 'ended' }) }))).toBeNull();
    const paused = facts({ status: 'paused', pausedUntil: '2026-12-20' });
    expect(nextCheckAt(input({ now: '2026-12-01T10:00:00Z', facts: paused, timeline: lastMet }))).toBe(
      at('2026-12-21T00:00:00Z'),
    );
  });
});
