import type { RankPeersInput } from '../../../shared/discovery';
import type { Caller } from '../auth/caller';

/** What Microsoft 365 says about whom the caller works with: the ranker's input, minus policy. */
export interface PeerSignals {
  me: RankPeersInput['me'];
  managerId?: string;
  directReportIds: string[];
  people: RankPeersInput['people'];
  meetings: RankPeersInput['meetings'];
  directory: RankPeersInput['directory'];
  /** Graph round trips it took, reported by the suggestions benchmark. */
  graphRoundTrips: number;
}

export interface PeerSignalSource {
  signalsFor(caller: Caller, window: { start: Date; end: Date }): Promise<PeerSignals>;
}
