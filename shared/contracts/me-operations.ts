import { z } from 'zod';
import { profileSchema } from '../model/profile';
import {
  agendaItemSchema,
  commitmentSchema,
  meetingSchema,
  relationshipDetailSchema,
} from '../relationships/relationship-schemas';
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
    response: myDataExportSchema,
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
});
