import { describe, expect, it } from 'vitest';
import { evaluateReminders } from '../../../shared/reminders/evaluate-reminders';
import { peerDueSoon } from '../../../shared/reminders/peer-due-soon';
import { peerOverdue } from '../../../shared/reminders/peer-overdue';
import { ALEX, SAM, at, facts, input } from './reminder-fixtures';

// Last met 2 November 2026; every 4 weeks, so due 30 November 2026 10:00Z.
const lastMet = { lastHeldStart: at('2026-11-02T10:00:00Z') };

describe('peerDueSoon', () => {
  it('reminds both peers when due within 7 days and nothing is planned', () => {
    expect(peerDueSoon(input({ now: '2026-11-23T09:59:00Z', timeline: lastMet }))).toEqual([]);
    const due = peerDueSoon(input({ now: '2026-11-23T10:00:00Z', timeline: lastMet }));
    expect(due.map((r) => r.recipient)).toEqual([ALEX, SAM]);
    expect(due[0]!.occurrence).toBe('due-20261130T1000');
  });

  it('a planned meeting silences it', () => {
    const planned = { ...lastMet, nextMeetingStart: at('2026-12-02T10:00:00Z') };
    expect(peerDueSoon(input({ now: '2026-11-25T10:00:00Z', timeline: planned }))).toEqual([]);
  });

  it('counts from the start when the pair has never met', () => {
    // Created 1 October; due 29 October.
    expect(peerDueSoon(input({ now: '2026-10-22T10:00:00Z' }))).toHaveLength(2);
  });
});

describe('peerOverdue', () => {
  it('fires once the due date passes and not before', () => {
    expect(peerOverdue(input({ now: '2026-11-30T09:59:00Z', timeline: lastMet }))).toEqual([]);
    expect(peerOverdue(input({ now: '2026-11-30T10:00:00Z', timeline: lastMet }))).toHaveLength(2);
  });

  it('once per 7 days for overdue: one occurrence per 7-day stretch', () => {
    const keys = ['2026-11-30T10:00:00Z', '2026-12-03T15:00:00Z', '2026-12-07T09:59:00Z', '2026-12-07T10:00:00Z'].map(
      (now) => peerOverdue(input({ now, timeline: lastMet }))[0]!.occurrence,
    );
    expect(keys).toEqual([
      'overdue-20261130T1000-w0',
      'overdue-20261130T1000-w0',
      'overdue-20261130T1000-w0',
      'overdue-20261130T1000-w1',
    ]);
  });

  it('stops when a meeting is planned or held', () => {
    const planned = { ...lastMet, nextMeetingStart: at('2026-12-10T10:00:00Z') };
    expect(peerOverdue(input({ now: '2026-12-03T10:00:00Z', timeline: planned }))).toEqual([]);
    const held = { lastHeldStart: at('2026-12-01T10:00:00Z') };
    expect(peerOverdue(input({ now: '2026-12-03T10:00:00Z', timeline: held }))).toEqual([]);
  });

  it('paused until X silences until the day after X', () => {
    const paused = facts({ status: 'paused', pausedUntil: '2026-12-10' });
    expect(peerOverdue(input({ now: '2026-12-10T23:00:00Z', timeline: lastMet, facts: paused }))).toEqual([]);
    expect(peerOverdue(input({ now: '2026-12-11T00:00:00Z', timeline: lastMet, facts: paused }))).toHaveLength(2);
  });

  it('ended silences', () => {
    const ended = facts({ status: 'ended' });
    expect(evaluateReminders(input({ now: '2026-12-03T10:00:00Z', timeline: lastMet, facts: ended }))).toEqual([]);
  });

  it('preference off silences that kind for that person only', () => {
    const due = evaluateReminders(
      input({ now: '2026-12-03T10:00:00Z', timeline: lastMet, preferences: { [SAM]: { peerOverdue: false } } }),
    );
    expect(due.map((r) => [r.kind, r.recipient])).toEqual([['peerOverdue', ALEX]]);
  });
});
