import type { Profile } from '../../../shared/model/profile';
import type { PeerProfile } from '../../../shared/relationships/relationship-schemas';
import type { Caller } from '../auth/caller';
import type { Directory } from '../ports/directory';

export interface PeopleService {
  /** The caller's own profile. */
  me(caller: Caller): Promise<Profile>;
  /** Colleagues whose name starts with `prefix`, never the caller, at most `limit`. */
  search(caller: Caller, prefix: string, limit: number): Promise<PeerProfile[]>;
}

/** The organisation's people as the caller may look them up. */
export function createPeopleService(deps: { directory: Directory }): PeopleService {
  const { directory } = deps;
  return {
    me: (caller) => directory.profileOf(caller),
    async search(caller, prefix, limit) {
      // One extra, in case the caller is among the matches.
      const people = await directory.searchUsers(caller, prefix, limit + 1);
      return people.filter((p) => p.id !== caller.userId).slice(0, limit);
    },
  };
}
