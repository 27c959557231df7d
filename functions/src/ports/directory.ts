import type { Profile } from '../../../shared/model/profile';
import type { Caller } from '../auth/caller';

/** The organisation's people, as Microsoft Graph knows them. */
export interface Directory {
  profileOf(caller: Caller): Promise<Profile>;
}
