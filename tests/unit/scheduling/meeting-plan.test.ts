import { describe, expect, it } from 'vitest';
import { planMeeting } from '../../../shared/scheduling/meeting-plan';

const base = {
  organizer: { displayName: 'Ava Chen', timeZone: 'America/Los_Angeles' },
  peer: { displayName: 'Omar Haddad' },
  cadenceWeeks: 4,
  format: 'video' as const,
  goal: 'rapport' as const,
  prompts: ['What does a good week look like for your team?'],
  openCommitments: [{ text: 'Share the <launch> checklist', ownerName: 'Omar Haddad' }],
  link: 'https://app.example/tab.html#relationship/r1',
};

describe('planMeeting', () => {
  it('names both peers and keeps the series in the organiser’s wall-clock time and Windows zone', () => {
    // 2026-03-03 17:30Z is 09:30 Pacific (PST, before the US change on March 8).
    const start = Date.parse('2026-03-03T17:30:00Z');
    const plan = planMeeting({ ...base, start, end: start + 30 * 60_000 });
    expect(plan.subject).toBe('Peer 1:1 · Ava & Omar');
    expect(plan.location).toBe('Microsoft Teams meeting');
    expect(plan.recurrence).toEqual({
      intervalWeeks: 4,
      dayOfWeek: 'tuesday',
      timeZone: 'Pacific Standard Time',
      startDate: { year: 2026, month: 3, day: 3 },
      startTime: { hour: 9, minute: 30 },
      durationMinutes: 30,
    });
  });

  it('uses the organiser’s local date and time, not the UTC ones', () => {
    // 2026-06-01 03:00Z is 08:30 on June 1 in Kolkata, and 20:00 on May 31 in Los Angeles.
    const start = Date.parse('2026-06-01T03:00:00Z');
    const plan = planMeeting({
      ...base,
      organizer: { displayName: 'Priya Rao', timeZone: 'India Standard Time' },
      start,
      end: start + 45 * 60_000,
    });
    expect(plan.recurrence.startDate).toEqual({ year: 2026, month: 6, day: 1 });
    expect(plan.recurrence.startTime).toEqual({ hour: 8, minute: 30 });
    expect(plan.recurrence.timeZone).toBe('India Standard Time');
    expect(plan.recurrence.durationMinutes).toBe(45);
  });

  it('escapes user text in the agenda and lists prompts, commitments and the link back', () => {
    const start = Date.parse('2026-03-03T17:30:00Z');
    const plan = planMeeting({ ...base, format: 'walk', start, end: start + 30 * 60_000 });
    expect(plan.location).toBe('Walk-and-talk');
    expect(plan.agendaHtml).toContain('Share the &lt;launch&gt; checklist (Omar Haddad)');
    expect(plan.agendaHtml).not.toContain('<launch>');
    expect(plan.agendaHtml).toContain('<li>What does a good week look like for your team?</li>');
    expect(plan.agendaHtml).toContain('href="https://app.example/tab.html#relationship/r1"');
  });
});
