import { z } from 'zod';
import { withoutUndefined } from '../model/without-undefined';

/** `GET/PATCH /api/me/preferences`: each reminder kind can be turned off; all are on by default. */
export const reminderPreferencesSchema = z
  .object({
    invitationPending: z.boolean(),
    peerDueSoon: z.boolean(),
    peerOverdue: z.boolean(),
    meetingPrep: z.boolean(),
    meetingFollowUp: z.boolean(),
  })
  .strict();
export type ReminderPreferences = z.infer<typeof reminderPreferencesSchema>;

export const preferencesSchema = z.object({ reminders: reminderPreferencesSchema }).strict();
export type Preferences = z.infer<typeof preferencesSchema>;

export const defaultPreferences: Preferences = {
  reminders: {
    invitationPending: true,
    peerDueSoon: true,
    peerOverdue: true,
    meetingPrep: true,
    meetingFollowUp: true,
  },
};

/** A PATCH names only what changes. */
export const patchPreferencesSchema = z
  .object({ reminders: reminderPreferencesSchema.partial().strict() })
  .strict()
  .refine((patch) => Object.keys(patch.reminders).length > 0, {
    message: 'Nothing to change',
    path: ['reminders'],
  });
export type PatchPreferences = z.infer<typeof patchPreferencesSchema>;

/** Stored preferences may predate a kind: absent kinds take their default. */
export function withDefaults(stored: unknown): Preferences {
  const parsed = z.object({ reminders: reminderPreferencesSchema.partial() }).safeParse(stored);
  return {
    reminders: { ...defaultPreferences.reminders, ...(parsed.success ? withoutUndefined(parsed.data.reminders) : {}) },
  };
}

export function applyPreferencesPatch(current: Preferences, patch: PatchPreferences): Preferences {
  return { reminders: { ...current.reminders, ...withoutUndefined(patch.reminders) } };
}
