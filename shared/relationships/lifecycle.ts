import { ok, refuse, type Outcome } from '../errors/app-error';
import { DAY_MS, resolveTimeZone, wallToInstant } from '../scheduling/time-zones';
import { clearSeries, dropReminders, attendeeOf } from './lifecycle-effects';
import {
  closedStates,
  type Actor,
  type Lifecycle,
  type LifecycleAction,
  type LifecycleActionType,
  type ProposedSlot,
  type Transition,
} from './lifecycle-types';
import { isMember, otherMember, type Members } from './member-rules';
import { FORMER_MEMBER, type Series } from './relationship-schemas';

/**
 * The relationship state machine. `transition` takes the current life cycle (null before the
 * first invitation), an action and the instant, and returns the next life cycle with the effects
 * to apply, or a typed refusal. Nothing here reads a clock or touches a calendar.
 */

/** Who may take each action (see `Actor`). */
export const whoMay: Record<LifecycleActionType, Actor> = {
  invite: 'either',
  accept: 'awaited',
  propose: 'awaited',
  decline: 'awaited',
  schedule: 'either',
  reschedule: 'either',
  pause: 'either',
  resume: 'either',
  end: 'either',
  restart: 'either',
  'leave-by-erasure': 'either',
};

/** Actions a closed (ended or declined) generation still takes; every other one answers `ended`. */
const allowedWhenClosed: readonly LifecycleActionType[] = ['invite', 'restart', 'leave-by-erasure'];

export const isClosed = (l: Pick<Lifecycle, 'state'>) => closedStates.includes(l.state);

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function quiet(lifecycle: Lifecycle, extra: Partial<Transition> = {}): Transition {
  return { lifecycle, calendar: [], notifications: [], reminders: [], cleanSlate: false, offerTimes: false, ...extra };
}

function mayAct(actor: Actor, by: string, l: Lifecycle): boolean {
  if (actor === 'either') return true;
  if (actor === 'initiator') return by === l.initiatedBy;
  if (actor === 'invitee') return by !== l.initiatedBy;
  return by === l.pendingWith;
}

/** A fresh invitation: generation 1, or the next one after an ended or declined generation. */
function invite(
  by: string,
  peer: string,
  cadenceWeeks: Lifecycle['cadenceWeeks'],
  generation: number,
  nowMs: number,
  proposedSlot?: ProposedSlot,
): Outcome<Transition> {
  // Same codes as peer-eligibility: oneself and nobody are bad input (400, naming `peer`).
  if (!peer || peer === FORMER_MEMBER) return refuse('invalid-input', 'Name a colleague to invite', 'peer');
  if (peer === by) return refuse('invalid-input', 'A peer 1:1 needs someone other than you', 'peer');
  if (proposedSlot) {
    const start = Date.parse(proposedSlot.start);
    const end = Date.parse(proposedSlot.end);
    if (Number.isNaN(start) || Number.isNaN(end) || end <= start)
      return refuse('invalid-input', 'The proposed end must be after its start', 'proposedSlot');
    if (start <= nowMs) return refuse('invalid-input', 'Propose a time in the future', 'proposedSlot');
  }
  const members = [by, peer].sort() as unknown as Members;
  const lifecycle: Lifecycle = {
    state: 'invited',
    generation,
    members,
    initiatedBy: by,
    pendingWith: peer,
    cadenceWeeks,
    ...(proposedSlot ? { proposedSlot } : {}),
  };
  return ok(
    quiet(lifecycle, {
      notifications: [{ to: peer, kind: 'invited', from: by, generation }],
      cleanSlate: generation > 1,
    }),
  );
}

/** Start of the local day `date` in `zone`, or null when either is not valid. */
function startOfLocalDay(date: string, zone: string): number | null {
  const wall = Date.parse(`${date}T00:00:00Z`);
  const iana = resolveTimeZone(zone);
  if (!DATE.test(date) || Number.isNaN(wall) || iana === null) return null;
  return wallToInstant(iana, Math.floor(wall / DAY_MS) * DAY_MS);
}

export function transition(current: Lifecycle | null, action: LifecycleAction, nowMs: number): Outcome<Transition> {
  const now = new Date(nowMs).toISOString();
  if (current === null) {
    if (action.type !== 'invite') return refuse('not-found', 'There is no relationship yet');
    return invite(action.by, action.peer, action.cadenceWeeks, 1, nowMs, action.proposedSlot);
  }
  const { by } = action;
  const closed = isClosed(current);
  if (action.type === 'invite') {
    if (!closed) return refuse('conflict', 'You already have a peer 1:1 with this person');
    return invite(by, action.peer, action.cadenceWeeks, current.generation + 1, nowMs, action.proposedSlot);
  }
  if (!isMember(by, current.members)) return refuse('forbidden', 'Only the two peers can change this relationship');
  if (closed && !allowedWhenClosed.includes(action.type)) {
    return refuse('ended', 'This relationship has ended; it can no longer change');
  }
  if (!mayAct(whoMay[action.type], by, current)) {
    // An answer from the wrong side is a bad request (400, naming `action`), as it has always been.
    return whoMay[action.type] === 'awaited'
      ? refuse('invalid-input', 'There is no invitation waiting for your answer', 'action')
      : refuse('forbidden', 'Only the other peer can do this');
  }
  const peer = otherMember(by, current.members);
  const { generation, series } = current;

  switch (action.type) {
    case 'accept':
    case 'propose':
    case 'decline': {
      if (current.state !== 'invited') {
        return refuse('invalid-input', 'There is no invitation waiting for your answer', 'action');
      }
      const { pendingWith: _p, ...rest } = current;
      if (action.type === 'accept') {
        const notifications = [{ to: peer, kind: 'accepted' as const, from: by, generation }];
        // Both agreed: the proposed time is booked, the initiator organising. A time already past books nothing.
        const proposed = current.proposedSlot;
        if (!series && proposed && Date.parse(proposed.start) > nowMs) {
          const booked: Series = {
            organizer: current.initiatedBy,
            firstStart: new Date(Date.parse(proposed.start)).toISOString(),
            cadenceWeeks: current.cadenceWeeks,
          };
          const attendee = attendeeOf(booked, current.members);
          return ok(
            quiet(
              { ...rest, state: 'active', series: booked },
              { notifications, calendar: [{ kind: 'book-series', generation, series: booked, attendee }] },
            ),
          );
        }
        return ok(quiet({ ...rest, state: 'active' }, { notifications, offerTimes: !series }));
      }
      if (action.type === 'propose') {
        return ok(
          quiet(
            { ...current, cadenceWeeks: action.cadenceWeeks, pendingWith: peer },
            { notifications: [{ to: peer, kind: 'proposed', from: by, generation }] },
          ),
        );
      }
      // Declining notifies nobody; a series booked before this rule existed is cleared all the same.
      return ok(
        quiet(
          { ...rest, state: 'declined' },
          {
            calendar: clearSeries(series, current.members, generation, now),
            reminders: dropReminders(generation, now),
          },
        ),
      );
    }

    case 'schedule':
    case 'reschedule': {
      if (current.state !== 'active') {
        return refuse(
          'conflict',
          current.state === 'paused'
            ? 'Resume the relationship before booking'
            : 'Book once the invitation is accepted',
        );
      }
      const start = Date.parse(action.firstStart);
      if (Number.isNaN(start)) return refuse('invalid-input', 'Expected an ISO date-time with an offset', 'start');
      if (start < nowMs) return refuse('invalid-input', 'Book a time in the future', 'start');
      const next = { organizer: by, firstStart: new Date(start).toISOString(), cadenceWeeks: current.cadenceWeeks };
      const attendee = attendeeOf(next, current.members);
      if (action.type === 'schedule') {
        if (series) return refuse('conflict', 'A series is already booked; reschedule it instead');
        return ok(
          quiet(
            { ...current, series: next },
            { calendar: [{ kind: 'book-series', generation, series: next, attendee }] },
          ),
        );
      }
      if (!series) return refuse('conflict', 'Nothing is booked yet; schedule a series first');
      return ok(
        quiet(
          { ...current, series: next },
          {
            calendar: [{ kind: 'replace-series', generation, previous: series, next, attendee, from: now }],
            reminders: dropReminders(generation, now),
          },
        ),
      );
    }

    case 'pause': {
      if (current.state !== 'active' && current.state !== 'paused') {
        return refuse('conflict', 'Only an active relationship can be paused', 'pausedUntil');
      }
      const untilMs = startOfLocalDay(action.until, action.timeZone);
      if (untilMs === null)
        return refuse('invalid-input', 'Expected a date, YYYY-MM-DD, and a known time zone', 'pausedUntil');
      if (untilMs <= nowMs) return refuse('invalid-input', 'Pause until a date in the future', 'pausedUntil');
      const until = new Date(untilMs).toISOString();
      return ok(
        quiet(
          { ...current, state: 'paused', pausedUntil: action.until },
          {
            calendar: series ? [{ kind: 'cancel-occurrences', generation, series, from: now, until }] : [],
            reminders: dropReminders(generation, now, until),
          },
        ),
      );
    }

    case 'resume': {
      if (current.state !== 'paused') return refuse('conflict', 'Only a paused relationship can resume', 'pausedUntil');
      const { pausedUntil: _u, ...rest } = current;
      return ok(quiet({ ...rest, state: 'active' }, { offerTimes: true }));
    }

    case 'end': {
      const { pendingWith: _p, pausedUntil: _u, ...rest } = current;
      return ok(
        quiet(
          { ...rest, state: 'ended' },
          {
            calendar: clearSeries(series, current.members, generation, now),
            reminders: dropReminders(generation, now),
          },
        ),
      );
    }

    case 'restart': {
      if (!closed) return refuse('conflict', 'Only an ended or declined relationship can restart');
      if (peer === FORMER_MEMBER)
        return refuse('not-a-peer', 'Your peer deleted their data; invite them again by name');
      return invite(by, peer, action.cadenceWeeks ?? current.cadenceWeeks, generation + 1, nowMs);
    }

    case 'leave-by-erasure': {
      // Effects are emitted even on a closed generation: rows ended before this rule may still hold a series.
      // Nothing naming the erased member stays: their id leaves the members and the initiator, and
      // the series they were part of is cleared.
      const { pendingWith: _p, pausedUntil: _u, series: _s, ...rest } = current;
      const members = current.members.map((m) => (m === by ? FORMER_MEMBER : m)) as unknown as Members;
      const initiatedBy = current.initiatedBy === by ? FORMER_MEMBER : current.initiatedBy;
      return ok(
        quiet(
          { ...rest, members, initiatedBy, state: closed ? current.state : 'ended' },
          {
            calendar: clearSeries(series, current.members, generation, now, by),
            reminders: dropReminders(generation, now),
          },
        ),
      );
    }
  }
}
