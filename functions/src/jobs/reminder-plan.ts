import { applyPersonLimits, deliveryFor, type Delivery } from '../../../shared/reminders/delivery-window';
import { evaluateReminders } from '../../../shared/reminders/evaluate-reminders';
import { nextCheckAt } from '../../../shared/reminders/next-check';
import type { RecipientSettings, RuleInput } from '../../../shared/reminders/reminder-types';
import { workingCalendarOf, type WorkingCalendar } from '../../../shared/reminders/working-calendar';
import type { RecipientRecord } from '../ports/preferences-store';
import type { DueEntry } from '../ports/reminder-due-index';
import type { RelationshipSnapshot } from '../ports/reminder-source';
import { factsOf, timelineOf } from './reminder-facts';

export interface LoadedEntry {
  entry: DueEntry;
  snapshot: RelationshipSnapshot | null;
}

export interface TenantPlan {
  deliveries: Delivery[];
  /** Per due-index row: where it goes next, before holds and failures are folded in. */
  nextChecks: Map<string, number | null>;
  calendarOf(userId: string): WorkingCalendar;
}

/** Pure planning of one tenant's pass: rules, delivery windows and per-person limits. */
export function planTenant(loaded: LoadedEntry[], people: Map<string, RecipientRecord>, now: number): TenantPlan {
  const calendars = new Map<string, WorkingCalendar>();
  const settingsOf = (userId: string): RecipientSettings => {
    const record = people.get(userId);
    return {
      preferences: (record?.preferences ?? { reminders: allOn }).reminders,
      workingHours: record?.workingHours ?? null,
    };
  };
  const calendarOf = (userId: string) => {
    let cal = calendars.get(userId);
    if (cal === undefined) {
      cal = workingCalendarOf(settingsOf(userId).workingHours);
      calendars.set(userId, cal);
    }
    return cal;
  };
  const deliveries: Delivery[] = [];
  const nextChecks = new Map<string, number | null>();
  for (const { entry, snapshot } of loaded) {
    if (snapshot === null) {
      nextChecks.set(entry.relationshipId, null);
      continue;
    }
    const input: RuleInput = { now, facts: factsOf(snapshot), timeline: timelineOf(snapshot, now), settingsOf };
    for (const reminder of evaluateReminders(input))
      deliveries.push(deliveryFor(reminder, calendarOf(reminder.recipient), now));
    nextChecks.set(entry.relationshipId, nextCheckAt(input));
  }
  return { deliveries: applyPersonLimits(deliveries, calendarOf, now), nextChecks, calendarOf };
}

const allOn = {
  invitationPending: true,
  peerDueSoon: true,
  peerOverdue: true,
  meetingPrep: true,
  meetingFollowUp: true,
};
