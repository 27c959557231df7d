import { findSlots, freeBusyRanges, resolveTimeZone, toSlotsResponse } from '../../../shared/scheduling';
import type { SlotRequest } from '../../../shared/scheduling/slot-request';
import type { SlotsResponse } from '../../../shared/scheduling/slots-response';
import { DAY_MS } from '../../../shared/scheduling/time-zones';
import type { Caller } from '../auth/caller';
import { MAX_RANGE_MS } from '../adapters/graph-calendars';
import { AppError } from '../../../shared/errors/app-error';
import type { Calendars } from '../ports/calendars';
import type { Clock } from '../ports/clock';
import type { Directory } from '../ports/directory';
import type { MembershipIndex } from '../ports/membership-index';
import { invalidInput } from './app-errors';

export interface SlotService {
  find(caller: Caller, request: SlotRequest): Promise<SlotsResponse & { graphRequests: number }>;
}

interface Person {
  id: string;
  mail: string;
  name: string;
}

/**
 * Mutually free times for a recurring peer 1:1. Peers the caller already has a relationship with
 * are resolved from their index row (no Graph call), so a pair costs one getSchedule request.
 */
export function createSlotService(deps: {
  calendars: Calendars;
  directory: Directory;
  memberships: MembershipIndex;
  clock: Clock;
}): SlotService {
  const { calendars, directory, memberships, clock } = deps;

  const resolvePeers = async (caller: Caller, peers: string[]): Promise<Person[]> => {
    const known = (await memberships.list(caller.tenantId, caller.userId)).map((m) => m.peer);
    const matches = (p: { id: string; mail: string | null }, given: string) =>
      p.id === given || p.mail?.toLowerCase() === given.toLowerCase();
    const strangers = peers.filter((given) => !known.some((p) => p.mail && matches(p, given)));
    const found = strangers.length > 0 ? await directory.findUsers(caller, strangers) : [];
    return peers.map((given, index) => {
      const person = [...known, ...found].find((p) => p.mail && matches(p, given));
      if (!person?.mail) {
        throw invalidInput(`peers[${index}]`, 'No user with this id or mail in your organisation');
      }
      if (person.id === caller.userId) {
        throw invalidInput(`peers[${index}]`, 'You are the organiser; list the other people');
      }
      return { id: person.id, mail: person.mail, name: person.displayName };
    });
  };

  return {
    async find(caller, request) {
      if (!caller.username) throw new AppError('unauthenticated', 'The token carries no mail for the caller.');
      const peers = await resolvePeers(caller, request.peers);
      const me: Person = { id: caller.userId, mail: caller.username, name: caller.name ?? 'You' };
      const people = [me, ...peers.filter((p, i) => peers.findIndex((q) => q.id === p.id) === i)];

      const now = clock.now().getTime();
      const windowStart = Math.max(request.from ? Date.parse(request.from) : now, now);
      const windowEnd = windowStart + request.days * DAY_MS;
      // The organiser's zone comes from their working hours, which arrive with the free/busy;
      // UTC ranges padded by an hour cover any zone's DST shift in the meantime.
      const ranges = freeBusyRanges({
        windowStart,
        windowEnd,
        organizerZone: 'UTC',
        cadenceWeeks: request.cadenceWeeks,
        occurrences: request.occurrences,
        durationMinutes: request.durationMinutes,
        bufferMinutes: request.preferences?.bufferMinutes ?? 0,
        maxSpanMs: MAX_RANGE_MS,
      });
      const freeBusy = await calendars.freeBusy(caller, {
        schedules: people.map((p) => p.mail),
        ranges,
        intervalMinutes: request.granularityMinutes,
      });
      const unknownIndex = peers.findIndex((p) => freeBusy.unknown.includes(p.mail.toLowerCase()));
      if (unknownIndex >= 0) {
        throw invalidInput(`peers[${unknownIndex}]`, 'Graph has no calendar for this person');
      }

      const organizerHours = freeBusy.people.get(me.mail.toLowerCase())?.workingHours;
      const organizerZone = (organizerHours && resolveTimeZone(organizerHours.timeZone)) || 'UTC';
      const result = findSlots({
        now,
        organizerId: me.id,
        people: people.map((p) => {
          const fb = freeBusy.people.get(p.mail.toLowerCase());
          return {
            id: p.id,
            name: p.name,
            busy: fb?.busy ?? [],
            workingHours: fb?.workingHours ?? null,
            fallbackTimeZone: organizerZone,
          };
        }),
        windowStart,
        windowEnd,
        durationMinutes: request.durationMinutes,
        granularityMinutes: request.granularityMinutes,
        cadenceWeeks: request.cadenceWeeks,
        occurrences: request.occurrences,
        ...(request.preferences ? { preferences: request.preferences } : {}),
        limit: 10,
      });
      return { ...toSlotsResponse(result), graphRequests: freeBusy.graphRequests };
    },
  };
}
