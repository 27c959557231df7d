import type { CadenceWeeks } from '../discovery/cadence';
import type { Members } from './member-rules';
import type { Series } from './relationship-schemas';

/**
 * The vocabulary of the relationship life cycle: its states, the actions people take, and the
 * effects a transition asks the outside world for (as data; a service applies them).
 */

export const lifecycleStates = ['invited', 'active', 'paused', 'ended', 'declined'] as const;
export type LifecycleState = (typeof lifecycleStates)[number];

/** Ended and declined generations are read-only. */
export const closedStates: readonly LifecycleState[] = ['ended', 'declined'];

/** What the state machine reads and writes: the life-cycle part of a relationship. */
export interface Lifecycle {
  state: LifecycleState;
  generation: number;
  members: Members;
  initiatedBy: string;
  /** While invited: whose answer is awaited (the invitee, or the initiator after a counter-proposal). */
  pendingWith?: string;
  cadenceWeeks: CadenceWeeks;
  /** While paused: the local date the pause ends (meetings from that day on stay). */
  pausedUntil?: string;
  /** The series booked in this generation. */
  series?: Series;
  /** The first meeting the inviter proposed; booked for both when the invitation is accepted. */
  proposedSlot?: ProposedSlot;
}

/** A time proposed with an invitation: instants with an offset. */
export interface ProposedSlot {
  start: string;
  end: string;
}

export type LifecycleAction =
  | { type: 'invite'; by: string; peer: string; cadenceWeeks: CadenceWeeks; proposedSlot?: ProposedSlot | undefined }
  | { type: 'accept'; by: string }
  | { type: 'propose'; by: string; cadenceWeeks: CadenceWeeks }
  | { type: 'decline'; by: string }
  | { type: 'schedule'; by: string; firstStart: string }
  | { type: 'reschedule'; by: string; firstStart: string }
  /** `until` is a local date in `timeZone` (the caller's); meetings before its midnight are cancelled. */
  | { type: 'pause'; by: string; until: string; timeZone: string }
  | { type: 'resume'; by: string }
  | { type: 'end'; by: string }
  | { type: 'restart'; by: string; cadenceWeeks?: CadenceWeeks }
  /** The acting member deletes their data; the relationship ends and they become `former-member`. */
  | { type: 'leave-by-erasure'; by: string };
export type LifecycleActionType = LifecycleAction['type'];

/**
 * Who may take an action: the initiator, the invitee, either member, or `awaited` — the member
 * whose answer the invitation waits for (the invitee, or the initiator after a counter-proposal).
 */
export type Actor = 'initiator' | 'invitee' | 'either' | 'awaited';

/**
 * Calendar work, per person. `from`/`until` are instants; occurrences starting before `from`
 * (the past) are never touched.
 */
export type CalendarEffect =
  /** The organiser's mailbox books the series with the attendee invited (once both agreed). */
  | { kind: 'book-series'; generation: number; series: Series; attendee: string }
  /** Cancels the series from an instant and books `next` instead (a reschedule never adds one). */
  | { kind: 'replace-series'; generation: number; previous: Series; next: Series; attendee: string; from: string }
  /** The organiser cancels every occurrence from `from` (Graph `cancel`; attendees are told). */
  | { kind: 'cancel-series'; generation: number; series: Series; from: string }
  /** The attendee's copy goes from `from`: removed quietly, or declined (erasure of an attendee). */
  | {
      kind: 'remove-attendee-copy';
      generation: number;
      series: Series;
      attendee: string;
      from: string;
      response: 'remove' | 'decline';
    }
  /** The organiser cancels the occurrences starting in [from, until): a pause window. */
  | { kind: 'cancel-occurrences'; generation: number; series: Series; from: string; until: string };

/** Activity-feed notifications. A decline notifies nobody: it stays private. */
export interface LifecycleNotification {
  to: string;
  kind: 'invited' | 'accepted' | 'proposed';
  from: string;
  generation: number;
}

/** Reminders the reminders engine must forget: all from `from`, or only those before `until`. */
export interface ReminderEffect {
  kind: 'drop-reminders';
  generation: number;
  from: string;
  until?: string;
}

export interface Transition {
  lifecycle: Lifecycle;
  calendar: CalendarEffect[];
  notifications: LifecycleNotification[];
  reminders: ReminderEffect[];
  /** A new generation starts: the agenda, commitments and meetings start empty. */
  cleanSlate: boolean;
  /** The surfaces should offer times to book (after a resume, or an accept with no series yet). */
  offerTimes: boolean;
}
