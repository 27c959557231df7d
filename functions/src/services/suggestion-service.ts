import { rankPeers, type PeerSuggestion } from '../../../shared/discovery';
import type { Caller } from '../auth/caller';
import type { Clock } from '../ports/clock';
import type { PeerSignalSource } from '../ports/peer-signals';

const SIGNAL_WINDOW_DAYS = 90;
const DAY_MS = 86_400_000;

export interface SuggestionService {
  suggest(caller: Caller, limit: number): Promise<{ suggestions: PeerSuggestion[]; graphRoundTrips: number }>;
}

/** Whom to start a peer 1:1 with: Graph's signals, minus people the caller already meets, ranked. */
export function createSuggestionService(deps: {
  signals: PeerSignalSource;
  clock: Clock;
  /** Ids of everyone the caller already has a relationship with (any status). */
  existingPeerIds(caller: Caller): Promise<string[]>;
  /** Ids the caller marked "Not interested" (still within their 90 days). */
  hiddenPeerIds?(caller: Caller): Promise<string[]>;
}): SuggestionService {
  return {
    async suggest(caller, limit) {
      const now = deps.clock.now();
      const start = new Date(now.getTime() - SIGNAL_WINDOW_DAYS * DAY_MS);
      const [signals, existingPeerIds, hidden] = await Promise.all([
        deps.signals.signalsFor(caller, { start, end: now }),
        deps.existingPeerIds(caller),
        deps.hiddenPeerIds?.(caller) ?? [],
      ]);
      const suggestions = rankPeers({
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
      return { suggestions, graphRoundTrips: signals.graphRoundTrips };
    },
  };
}
