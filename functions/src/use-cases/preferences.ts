import { AppError } from '../../../shared/errors/app-error';
import { fieldErrorsFromZod } from '../../../shared/http/problem';
import {
  applyPreferencesPatch,
  patchPreferencesSchema,
  type Preferences,
} from '../../../shared/reminders/preferences-schema';
import type { PreferencesStore } from '../ports/preferences-store';
import { AlreadyExistsError, StaleVersionError } from '../ports/store-errors';

/** The ETag of preferences nobody has saved yet: a PATCH quoting it creates the row. */
export const DEFAULT_PREFERENCES_ETAG = '"preferences-default"';

export interface PreferencesResult {
  preferences: Preferences;
  etag: string;
}

export interface PreferencesUseCases {
  /** `GET /api/me/preferences`. */
  get(tenantId: string, userId: string): Promise<PreferencesResult>;
  /** `PATCH /api/me/preferences` with If-Match (the route passes the header, or null when absent). */
  patch(tenantId: string, userId: string, body: unknown, ifMatch: string | null): Promise<PreferencesResult>;
  /** Export includes the preferences; erasure removes them (and the cached working hours). */
  exportFor(tenantId: string, userId: string): Promise<Preferences>;
  erase(tenantId: string, userId: string): Promise<void>;
}

export function createPreferencesUseCases(store: PreferencesStore): PreferencesUseCases {
  const get = async (tenantId: string, userId: string): Promise<PreferencesResult> => {
    const stored = await store.get(tenantId, userId);
    return { preferences: stored.preferences, etag: stored.etag ?? DEFAULT_PREFERENCES_ETAG };
  };

  const stale = async (tenantId: string, userId: string) => {
    const current = await get(tenantId, userId);
    return new AppError('precondition-failed', 'The preferences changed since they were read.', {
      extra: { current: current.preferences, etag: current.etag },
    });
  };

  return {
    get,
    async patch(tenantId, userId, body, ifMatch) {
      if (ifMatch === null || ifMatch.trim() === '') {
        throw new AppError('precondition-required', 'Send If-Match with the ETag you last read.', {
          errors: [{ field: 'If-Match', reason: 'Required for every update' }],
        });
      }
      if (ifMatch.trim() === '*') {
        throw new AppError('precondition-invalid', 'If-Match must be the ETag you read, not *.', {
          errors: [{ field: 'If-Match', reason: 'Use the ETag from GET /api/me/preferences' }],
        });
      }
      const parsed = patchPreferencesSchema.safeParse(body);
      if (!parsed.success) {
        throw new AppError('invalid-input', 'The preferences patch is not valid.', {
          errors: fieldErrorsFromZod(parsed.error),
        });
      }
      const current = await store.get(tenantId, userId);
      const currentTag = current.etag ?? DEFAULT_PREFERENCES_ETAG;
      if (ifMatch.trim() !== currentTag) throw await stale(tenantId, userId);
      const next = applyPreferencesPatch(current.preferences, parsed.data);
      try {
        const etag = await store.put(tenantId, userId, next, current.etag);
        return { preferences: next, etag };
      } catch (error) {
        if (error instanceof StaleVersionError || error instanceof AlreadyExistsError)
          throw await stale(tenantId, userId);
        throw error;
      }
    },
    exportFor: async (tenantId, userId) => (await store.get(tenantId, userId)).preferences,
    erase: (tenantId, userId) => store.delete(tenantId, userId),
  };
}
