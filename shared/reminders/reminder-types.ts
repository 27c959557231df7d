import type { WorkingHours } from '../scheduling/slot-finder-input';
import type { Relationship } from '../relationships/relationship-schemas';
import type { ReminderPreferences } from './preferences-schema';

export const reminderKinds = [
  'invitationPending',
  'peerDueSoon',
  'peerOverdue',
  'meetingPrep',
  'meetingFollowUp',
] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/**
 * The meeting facts the rules need, in epoch ms. The job derives it from stored meetings today;
 * the shared meeting timeline module can produce it later without the rules changing.
 */
export interface MeetingTimeline {
  /** Start and end of the next planned meeting that has not started yet. */
  nextMeetingStart?: number;
  nextMeetingEnd?: number;
  /** Start of the last meeting that was held (or the relationship's `lastMetAt`). */
  lastHeldStart?: number;
  /** The most recent meeting that has ended: its start and end. */
  lastEndedStart?: number;
  lastEndedEnd?: number;
}

/** What the relationship's shared partition says, reduced to what reminders mention. */
export interface RelationshipFacts {
  relationship: Pick<
    Relationship,
    'id' | 'members' | 'status' | 'pendingWith' | 'answer' | 'goal' | 'cadenceWeeks' | 'pausedUntil' | 'createdAt'
  >;
  /** When the awaited answer was asked for (the invitation or the counter-proposal); else createdAt. */
  invitedAt?: number;
  /** Open commitments, oldest first. */
  openCommitments: Array<{ owner: string; text: string }>;
  /** Agenda items not yet discussed. */
  agendaCount: number;
  meetingsHeld: number;
  /** Prompt ids the pair saw recently, oldest first (from the prompt history). */
  recentPromptIds: string[];
}

/** One recipient's settings: preferences and working hours (null: unknown, so the defaults apply). */
export interface RecipientSettings {
  preferences: ReminderPreferences;
  workingHours: WorkingHours | null;
}

export interface RuleInput {
  now: number;
  facts: RelationshipFacts;
  timeline: MeetingTimeline;
  settingsOf(userId: string): RecipientSettings;
}

/** Where a reminder's link opens: the relationship page in the tab, or the meeting's side panel. */
export type DeepLinkTarget =
  { page: 'relationship'; relationshipId: string } | { page: 'sidePanel'; relationshipId: string };

/** A reminder whose moment has come; the delivery window decides whether it goes now or waits. */
export interface DueReminder {
  recipient: string;
  kind: ReminderKind;
  relationshipId: string;
  /** Names this occurrence, so the ledger can tell "already sent" from "new". Key-safe characters. */
  occurrence: string;
  payload: Record<string, string | number>;
  target: DeepLinkTarget;
  /** After this instant the reminder is pointless (e.g. the meeting has started). */
  expiresAt?: number;
}

export type ReminderRule = (input: RuleInput) => DueReminder[];
