import { z } from 'zod';
import { preferencesSchema } from './preferences-schema';
import { reminderKinds } from './reminder-types';

/** One reminder as the tab's Activity panel shows it (`GET /api/me/activity`), with its own deep link. */
export const activityItemSchema = z.object({
  kind: z.enum(reminderKinds),
  relationshipId: z.string(),
  occurrence: z.string(),
  state: z.enum(['sent', 'undeliverable']),
  /** When it went out (ISO). */
  sentAt: z.string(),
  /** What the notification left out: goal, open commitments both ways, agenda count, prompt, dates. */
  details: z.record(z.string(), z.union([z.string(), z.number()])),
  link: z.object({
    /** The tab's sub-page (Teams `subPageId`, the web app's `#…`): `relationship/<id>` or `sidepanel/<id>`. */
    subPageId: z.string(),
    /** The Teams deep link into the personal tab at that sub-page. */
    teamsUrl: z.string(),
  }),
});
export type ActivityItem = z.infer<typeof activityItemSchema>;

export const activityListSchema = z.object({ items: z.array(activityItemSchema) });
export type ActivityList = z.infer<typeof activityListSchema>;

/** What export adds for reminders: the person's preferences and every ledger row addressed to them. */
export const reminderExportSchema = z.object({
  preferences: preferencesSchema,
  reminders: z.array(
    z.object({
      kind: z.enum(reminderKinds),
      relationshipId: z.string(),
      occurrence: z.string(),
      state: z.string(),
      updatedAt: z.string(),
      details: z.record(z.string(), z.union([z.string(), z.number()])),
    }),
  ),
});
export type ReminderExport = z.infer<typeof reminderExportSchema>;

/** How far back the Activity panel looks, and how many it shows. */
export const ACTIVITY_WINDOW_DAYS = 30;
export const ACTIVITY_LIMIT = 50;
