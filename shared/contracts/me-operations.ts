import { z } from 'zod';
import { profileSchema } from '../model/profile';
import {
  agendaItemSchema,
  commitmentSchema,
  meetingSchema,
  relationshipDetailSchema,
} from '../relationships/relationship-schemas';
import { activityListSchema, reminderExportSchema } from '../reminders/activity-schema';
import { patchPreferencesSchema, preferencesSchema } from '../reminders/preferences-schema';
import { defineOperations } from './operation';

/** `GET /me/export`: everything the caller can see, and what is theirs alone. */
export const myDataExportSchema = z.object({
  exportedAt: z.string(),
  user: z.object({ id: z.string(), tenantId: z.string() }),
  relationships: z.array(
    z.object({
      relationship: relationshipDetailSchema,
      agenda: z.array(agendaItemSchema),
      commitments: z.array(commitmentSchema),
      meetings: z.array(meetingSchema),
    }),
  ),
  privateNotes: z.array(
    z.object({
      relationshipId: z.string(),
      meeting: z.string(),
      text: z.string().optional(),
      updatedAt: z.string(),
    }),
  ),
  declineReasons: z.array(z.object({ relationshipId: z.string(), text: z.string().optional(), updatedAt: z.string() })),
});
export type MyDataExport = z.infer<typeof myDataExportSchema>;
/** The export as answered: the relationship data plus reminder preferences and the reminders ledger. */
export const myFullExportSchema = myDataExportSchema.extend(reminderExportSchema.shape);

export const erasureSchema = z.object({
  deleted: z.object({ relationships: z.number().int().min(0), privateItems: z.number().int().min(0) }),
});

export const meOperations = defineOperations({
  getMe: {
    method: 'GET',
    path: 'me',
    summary: "The caller's profile from Microsoft Graph",
    response: profileSchema,
    success: [200],
    problems: ['consent-required', 'dependency-unavailable'],
  },
  exportMyData: {
    method: 'GET',
    path: 'me/export',
    summary: "The caller's data: relationships, shared items, their own notes and decline reasons",
    response: myFullExportSchema,
    success: [200],
    problems: ['dependency-unavailable'],
  },
  deleteMyData: {
    method: 'DELETE',
    path: 'me',
    summary: "Erases the caller's data; shared items stay with the peer, attributed to a former member",
    response: erasureSchema,
    success: [200],
    problems: ['dependency-unavailable'],
  },
  getPreferences: {
    method: 'GET',
    path: 'me/preferences',
    summary: 'Which reminders the caller gets (all on by default)',
    response: preferencesSchema,
    success: [200],
    etag: true,
    problems: ['dependency-unavailable'],
  },
  patchPreferences: {
    method: 'PATCH',
    path: 'me/preferences',
    summary: 'Turns reminder kinds on or off; names only what changes',
    body: patchPreferencesSchema,
    response: preferencesSchema,
    success: [200],
    ifMatch: true,
    etag: true,
    problems: [
      'invalid-input',
      'precondition-required',
      'precondition-invalid',
      'precondition-failed',
      'dependency-unavailable',
    ],
  },
  listActivity: {
    method: 'GET',
    path: 'me/activity',
    summary: "The caller's recent reminders (last 30 days, newest first), each with its deep link",
    response: activityListSchema,
    success: [200],
    problems: ['dependency-unavailable'],
  },
});
