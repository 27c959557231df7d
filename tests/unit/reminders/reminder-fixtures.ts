import { defaultPreferences, type ReminderPreferences } from '../../../shared/reminders/preferences-schema';
import type {
  MeetingTimeline,
  RecipientSettings,
  RelationshipFacts,
  RuleInput,
} from '../../../shared/reminders/reminder-types';
import type { WorkingHours } from '../../../shared/scheduling/slot-finder-input';

export const ALEX = 'alex';
export const SAM = 'sam';

export const at = (iso: string) => Date.parse(iso);

export function weekdays(timeZone: string, startTime = '09:00', endTime = '17:00'): WorkingHours {
  return { daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], startTime, endTime, timeZone };
}

export function facts(
  overrides: Partial<RelationshipFacts['relationship']> = {},
  extra: Partial<RelationshipFacts> = {},
): RelationshipFacts {
  return {
    relationship: {
      id: 'rel0000000000000000001',
      members: [ALEX, SAM],
      status: 'active',
      goal: 'rapport',
      cadenceWeeks: 4,
      createdAt: '2026-10-01T10:00:00Z',
      ...overrides,
    },
    openCommitments: [],
    agendaCount: 0,
    meetingsHeld: 0,
    recentPromptIds: [],
    ...extra,
  };
}

export interface InputOptions {
  now: string;
  facts?: RelationshipFacts;
  timeline?: MeetingTimeline;
  hours?: Record<string, WorkingHours | null>;
  preferences?: Record<string, Partial<ReminderPreferences>>;
}

export function input(options: InputOptions): RuleInput {
  return {
    now: at(options.now),
    facts: options.facts ?? facts(),
    timeline: options.timeline ?? {},
    settingsOf: (userId): RecipientSettings => ({
      preferences: { ...defaultPreferences.reminders, ...(options.preferences?.[userId] ?? {}) },
      workingHours: options.hours?.[userId] ?? weekdays('GMT Standard Time'),
    }),
  };
}
