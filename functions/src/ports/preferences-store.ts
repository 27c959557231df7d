import type { Preferences } from '../../../shared/reminders/preferences-schema';
import type { WorkingHours } from '../../../shared/scheduling/slot-finder-input';

export interface StoredPreferences {
  preferences: Preferences;
  /** Null while the user has never saved any (the defaults apply). */
  etag: string | null;
}

/** What the reminders job needs per recipient: preferences and cached working hours. */
export interface RecipientRecord {
  preferences: Preferences;
  /** Undefined when never looked up; null when the mailbox has none. */
  workingHours?: WorkingHours | null;
  workingHoursAt?: number;
}

/** Per-user settings (UserSettings table), with ETags on the preferences. */
export interface PreferencesStore {
  get(tenantId: string, userId: string): Promise<StoredPreferences>;
  /** `etag: null` creates; throws AlreadyExistsError / StaleVersionError when someone wrote first. */
  put(tenantId: string, userId: string, preferences: Preferences, etag: string | null): Promise<string>;
  /** Many users in few queries (7 per query); users with no rows come back with the defaults. */
  getMany(tenantId: string, userIds: string[]): Promise<Map<string, RecipientRecord>>;
  putWorkingHours(tenantId: string, userId: string, hours: WorkingHours | null, at: number): Promise<void>;
  /** Erasure: both rows. */
  delete(tenantId: string, userId: string): Promise<void>;
}
