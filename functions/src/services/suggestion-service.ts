import { rankByWorkingHours, rankPeers, type PeerSuggestion } from '../../../shared/discovery';
import type { WorkingHours } from '../../../shared/scheduling/slot-finder-input';
import type { Caller } from '../auth/caller';
import type { Calendars } from '../ports/calendars';
import type { Clock } from '../ports/clock';
import type { PeerSignalSource, PeerSignals } from '../ports/peer-signals';

const SIGNAL_WINDOW_DAYS = 90;
const DAY_MS = 86_400_000;
/** getSchedule answers working hours with any window; one hour keeps the free/busy part tiny. */
const HOURS_PROBE_MS = 3_600_000;

export interface SuggestionService {
  suggest(caller: Caller, limit: number): Promise<{ suggestions: PeerSuggestion[]; graphRoundTrips: number }>;
}

/**
 * Whom to start a peer 1:1 with: Graph's signals, minus people the caller already meets, ranked,
 * then ordered by whether working hours overlap (one getSchedule call per 20 people gives both
 * sides' hours and zones).
 */
export function createSuggestionService(deps: {
  signals: PeerSignalSource;
  clock: Clock;
  /** Ids of everyone the caller already has a relationship with (any status). */
  existingPeerIds(caller: Caller): Promise<string[]>;
  /** Ids the caller marked "Not interested" (still within their 90 days). */
  hiddenPeerIds?(caller: Caller): Promise<string[]>;
  /** Free/busy, for working hours; without it suggestions keep the signals' order. */
  calendars?: Calendars;
}): SuggestionService {
  /** Working hours of the caller and of each suggested person, by lower-cased mail. */
  const hoursFor = async (caller: Caller, mails: string[], now: number) => {
    if (!deps.calendars || !caller.username || mails.length === 0)
      return { hours: new Map<string, WorkingHours | null>(), requests: 0 };
    try {
      const answer = await deps.calendars.freeBusy(caller, {
        schedules: [caller.username, ...mails],
        ranges: [{ start: now, end: now + HOURS_PROBE_MS }],
        intervalMinutes: 60,
      });
      const hours = new Map<string, WorkingHours | null>();
      for (const [mail, person] of answer.people) hours.set(mail, person.workingHours);
      return { hours, requests: answer.graphRequests };
    } catch {
      // Hours refine the order; without them the suggestions are still right, only unordered by zone.
      return { hours: new Map<string, WorkingHours | null>(), requests: 0 };
    }
  };

  return {
    async suggest(caller, limit) {
      const now = deps.clock.now();
      const start = new Date(now.getTime() - SIGNAL_WINDOW_DAYS * DAY_MS);
      const [signals, existingPeerIds, hidden] = await Promise.all([
        deps.signals.signalsFor(caller, { start, end: now }),
        deps.existingPeerIds(caller),
        deps.hiddenPeerIds?.(caller) ?? [],
      ]);
      const ranked = rankPeers({
        now: now.getTime(),
        me: signals.me,
        ...(signals.managerId ? { managerId: signals.managerId } : {}),
        directReportIds: signals.directReportIds,
        existingPeerIds: [...existingPeerIds, ...hidden],
        people: signals.people,
        meetings: signals.meetings,
        directory: signals.directory,
        limit,
      });
      const mailOf = mailsOf(signals);
      const mails = ranked.flatMap((s) => mailOf.get(s.user.id) ?? []);
      const { hours, requests } = await hoursFor(caller, mails, now.getTime());
      const hoursOf: Record<string, WorkingHours | null> = {};
      for (const s of ranked) {
        const mail = mailOf.get(s.user.id);
        if (mail) hoursOf[s.user.id] = hours.get(mail) ?? null;
      }
      const suggestions = rankByWorkingHours({
        suggestions: ranked,
        myHours: caller.username ? (hours.get(caller.username.toLowerCase()) ?? null) : null,
        hoursOf,
        from: now.getTime(),
      });
      return { suggestions, graphRoundTrips: signals.graphRoundTrips + requests };
    },
  };
}

/** Lower-cased mail by user id, from the people list and the attendee lookups. */
function mailsOf(signals: PeerSignals): Map<string, string> {
  const out = new Map<string, string>();
  for (const person of signals.people) if (person.mail) out.set(person.id, person.mail.toLowerCase());
  for (const [id, profile] of Object.entries(signals.directory))
    if (profile.mail && !out.has(id)) out.set(id, profile.mail.toLowerCase());
  return out;
}
