import { describe, expect, it } from 'vitest';
import {
  applyPreferencesPatch,
  defaultPreferences,
  patchPreferencesSchema,
  withDefaults,
} from '../../../shared/reminders/preferences-schema';

describe('reminder preferences', () => {
  it('every kind is on by default, and stored rows missing a kind get its default', () => {
    expect(Object.values(defaultPreferences.reminders).every(Boolean)).toBe(true);
    expect(withDefaults({ reminders: { peerOverdue: false } }).reminders).toMatchObject({
      peerOverdue: false,
      meetingPrep: true,
    });
    expect(withDefaults(undefined)).toEqual(defaultPreferences);
  });

  it('a patch changes only what it names and rejects unknown kinds and empty patches', () => {
    const patch = patchPreferencesSchema.parse({ reminders: { meetingPrep: false } });
    expect(applyPreferencesPatch(defaultPreferences, patch).reminders).toMatchObject({
      meetingPrep: false,
      peerDueSoon: true,
    });
    expect(patchPreferencesSchema.safeParse({ reminders: { birthday: true } }).success).toBe(false);
    const empty = patchPreferencesSchema.safeParse({ reminders: {} });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.path).toEqual(['reminders']);
    expect(patchPreferencesSchema.safeParse({ reminders: { meetingPrep: 'no' } }).success).toBe(false);
  });
});
