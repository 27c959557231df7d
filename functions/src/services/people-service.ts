import type { Profile } from '../../../shared/model/profile';
import type { SearchedPerson } from '../../../shared/discovery/search-eligibility';
import type { Caller } from '../auth/caller';
import type { Directory } from '../ports/directory';
import { createPeerSearch } from './peer-search-service';

export interface PeopleService {
  /** The caller's own profile. */
  me(caller: Caller): Promise<Profile>;
  /** Colleagues whose name starts with `prefix`, never the caller, at most `limit`, marked with the peer rule. */
  search(caller: Caller, prefix: string, limit: number): Promise<SearchedPerson[]>;
}

/** The organisation's people as the caller may look them up. */
export function createPeopleService(deps: { directory: Directory }): PeopleService {
  const { directory } = deps;
  return {
    me: (caller) => directory.profileOf(caller),
    search: createPeerSearch(directory),
  };
}
