import type { Profile } from '../../../shared/model/profile';
import type { PeerProfile } from '../../../shared/relationships/relationship-schemas';
import type { Caller } from '../auth/caller';

/** The organisation's people, as Microsoft Graph knows them. */
export interface Directory {
  profileOf(caller: Caller): Promise<Profile>;
  /** A colleague by object id or mail, or null when the directory has no such user. */
  findUser(caller: Caller, idOrMail: string): Promise<PeerProfile | null>;
  /** Several colleagues by id or mail in as few requests as Graph allows; unknown ones are absent. */
  findUsers(caller: Caller, idsOrMails: string[]): Promise<PeerProfile[]>;
  /** Colleagues whose name starts with `prefix` (Graph's startswith on displayName), at most `top`. */
  searchUsers(caller: Caller, prefix: string, top: number): Promise<PeerProfile[]>;
  /** The caller's manager (null without one) and direct reports, for the peer rule. */
  reportingLine(caller: Caller): Promise<{ managerId: string | null; directReportIds: string[] }>;
}
