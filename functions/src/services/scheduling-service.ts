import { createHash } from 'node:crypto';
import { planMeeting } from '../../../shared/scheduling/meeting-plan';
import type { Meeting } from '../../../shared/relationships/relationship-schemas';
import type { Caller } from '../auth/caller';
import type { CalendarEvents } from '../ports/calendar-events';
import type { Directory } from '../ports/directory';
import type { MembershipIndex } from '../ports/membership-index';
import type { SharedItemRecords } from '../ports/shared-item-records';
import { invalidInput } from './app-errors';
import type { GuidanceService } from './guidance-service';
import type { RelationshipAccess } from './relationship-access';
import type { SharedItemsService } from './shared-items-service';

export interface SchedulingService {
  /** Creates the recurring peer 1:1 in the calendars and records its first meeting. */
  schedule(caller: Caller, id: string, slot: { start: string; end: string }): Promise<Meeting & { joinUrl?: string }>;
}

export function createSchedulingService(deps: {
  records: SharedItemRecords;
  memberships: MembershipIndex;
  access: RelationshipAccess;
  directory: Directory;
  events: CalendarEvents;
  guidance: GuidanceService;
  items: SharedItemsService;
}): SchedulingService {
  const { records, memberships, access, directory, events, guidance, items } = deps;
  return {
    async schedule(caller, id, slot) {
      const found = await access.require(caller, id);
      if (found.relationship.status === 'ended') {
        throw invalidInput('id', 'This relationship has ended');
      }
      const [organizer, membership, prompts, commitments] = await Promise.all([
        directory.profileOf(caller),
        memberships.get(caller.tenantId, caller.userId, id),
        guidance.prompts(caller, id, 3),
        records.list(caller.tenantId, id, 'commitment'),
      ]);
      const peer = membership?.peer;
      if (!peer?.mail) throw invalidInput('id', 'Your peer has no mailbox to invite');
      const start = Date.parse(slot.start);
      const end = Date.parse(slot.end);
      const plan = planMeeting({
        organizer: { displayName: organizer.displayName, timeZone: organizer.timeZone ?? 'UTC' },
        peer: { displayName: peer.displayName },
        start,
        end,
        cadenceWeeks: found.relationship.cadenceWeeks,
        format: found.relationship.format,
        goal: found.relationship.goal,
        ...(found.relationship.goalNote ? { goalNote: found.relationship.goalNote } : {}),
        prompts: prompts.prompts.map((p) => p.text),
        openCommitments: commitments
          .filter((c) => c.value.status === 'open')
          .map((c) => ({
            text: c.value.text,
            ownerName: c.value.owner === caller.userId ? organizer.displayName : peer.displayName,
          })),
      });
      const transactionId = createHash('sha256').update(`${caller.tenantId}|${id}|${start}`).digest('hex').slice(0, 32);
      const created = await events.createSeries(caller, {
        plan,
        attendee: { mail: peer.mail, displayName: peer.displayName },
        online: found.relationship.format === 'video',
        transactionId,
      });
      // A retried request gets the same event back (transactionId) and the meeting already recorded.
      const recorded = (await items.meetings(caller, id)).find((m) => m.eventId === created.eventId);
      if (recorded) return { ...recorded, ...(created.joinUrl ? { joinUrl: created.joinUrl } : {}) };
      const meeting = await items.addMeeting(caller, id, {
        start: new Date(start).toISOString(),
        end: new Date(end).toISOString(),
        eventId: created.eventId,
        ...(created.iCalUId ? { iCalUId: created.iCalUId } : {}),
      });
      return { ...meeting, ...(created.joinUrl ? { joinUrl: created.joinUrl } : {}) };
    },
  };
}
