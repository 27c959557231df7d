import { withEligibility, type SearchedPerson } from '../../../shared/discovery/search-eligibility';
import type { Caller } from '../auth/caller';
import type { Directory } from '../ports/directory';

export type PeerSearch = (caller: Caller, prefix: string, limit: number) => Promise<SearchedPerson[]>;

/**
 * People by name, each marked with the peer rule (manager, direct report) so the surfaces can grey
 * them out. Per search: one directory query plus the caller's manager and reports, fetched once.
 */
export function createPeerSearch(directory: Directory): PeerSearch {
  return async (caller, prefix, limit) => {
    // One extra, in case the caller is among the matches.
    const [people, line] = await Promise.all([
      directory.searchUsers(caller, prefix, limit + 1),
      directory.reportingLine(caller),
    ]);
    const others = people.filter((p) => p.id !== '' && p.id !== caller.userId).slice(0, limit);
    return withEligibility(caller.userId, others, line);
  };
}
