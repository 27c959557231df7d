import { describe, expect, it } from 'vitest';
import { invitationPending } from '../../../shared/reminders/invitation-pending';
import { meetingFollowUp } from '../../../shared/reminders/meeting-follow-up';
import { ALEX, SAM, at, facts, input } from './reminder-fixtures';

const invited = facts({ status: 'invited', pendingWith: SAM, createdAt: '2026-12-01T15:00:00Z' });

describe('invitationPending', () => {
  it('reminds the invitee once the invitation has waited 3 days, and not before', () => {
    expect(invitationPending(input({ now: '2026-12-04T14:59:00Z', facts: invited }))).toEqual([]);
    const due = invitationPending(input({ now: '2026-12-04T15:00:00Z', facts: invited }));
    expect(due.map((r) => r.recipient)).toEqual([SAM]);
    // Same occurrence on every later pass, so the ledger sends it once.
    expect(invitationPending(input({ now: '2026-12-09T10:00:00Z', facts: invited }))[0]!.occurrence).toBe(
      due[0]!.occurrence,
    );
  });

  it('never reminds after a decline or once accepted', () => {
    const declined = facts({ status: 'ended', answer: 'not-now', createdAt: '2026-12-01T15:00:00Z' });
    expect(invitationPending(input({ now: '2026-12-09T10:00:00Z', facts: declined }))).toEqual([]);
    const accepted = facts({ status: 'active', answer: 'accepted', createdAt: '2026-12-01T15:00:00Z' });
    expect(invitationPending(input({ now: '2026-12-09T10:00:00Z', facts: accepted }))).toEqual([]);
  });

  it('a counter-proposal is awaited from the initiator, counted from when it was made', () => {
    const countered = {
      ...invited,
      relationship: { ...invited.relationship, pendingWith: ALEX },
      invitedAt: at('2026-12-03T09:00:00Z'),
    };
    expect(invitationPending(input({ now: '2026-12-06T08:59:00Z', facts: countered }))).toEqual([]);
    expect(invitationPending(input({ now: '2026-12-06T09:00:00Z', facts: countered })).map((r) => r.recipient)).toEqual(
      [ALEX],
    );
  });
});

describe('meetingFollowUp', () => {
  const ended = { lastEndedStart: at('2026-12-08T14:00:00Z'), lastEndedEnd: at('2026-12-08T14:30:00Z') };

  it('fires about an hour after the meeting ends, for both', () => {
    expect(meetingFollowUp(input({ now: '2026-12-08T15:29:00Z', timeline: ended }))).toEqual([]);
    const due = meetingFollowUp(input({ now: '2026-12-08T15:30:00Z', timeline: ended }));
    expect(due.map((r) => r.recipient)).toEqual([ALEX, SAM]);
    expect(due[0]!.occurrence).toBe('followup-20261208T1400');
  });

  it('lapses after four days', () => {
    expect(meetingFollowUp(input({ now: '2026-12-12T14:30:00Z', timeline: ended }))).toEqual([]);
  });

  it('ended silences', () => {
    expect(
      meetingFollowUp(input({ now: '2026-12-08T16:00:00Z', timeline: ended, facts: facts({ status: 'ended' }) })),
    ).toEqual([]);
  });
});
