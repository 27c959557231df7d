import { z } from 'zod';
import { cadenceAdviceResponseSchema, promptsResponseSchema } from '../../../shared/discovery/guidance-schemas';
import {
  agendaItemSchema,
  agendaListSchema,
  commitmentListSchema,
  commitmentSchema,
  meetingListSchema,
  meetingSchema,
  privateNoteSchema,
  relationshipDetailSchema,
  relationshipListSchema,
  type CreateRelationship,
  type PatchRelationship,
  type RespondToInvitation,
} from '../../../shared/relationships/relationship-schemas';
import { apiRequest } from './api-client';

export type { RelationshipListItem } from '../../../shared/relationships/relationship-schemas';

const rel = (id: string) => `/relationships/${encodeURIComponent(id)}`;

export const fetchRelationships = (signal?: AbortSignal) =>
  apiRequest('/relationships', relationshipListSchema, signal ? { signal } : {});

export const fetchRelationship = (id: string, signal?: AbortSignal) =>
  apiRequest(rel(id), relationshipDetailSchema, signal ? { signal } : {});

export async function createRelationship(body: CreateRelationship) {
  return (await apiRequest('/relationships', relationshipDetailSchema, { method: 'POST', body })).data;
}

export const patchRelationship = (id: string, etag: string, patch: PatchRelationship) =>
  apiRequest(rel(id), relationshipDetailSchema, { method: 'PATCH', body: patch, ifMatch: etag });

export async function respondToInvitation(id: string, response: RespondToInvitation) {
  return (await apiRequest(`${rel(id)}/respond`, relationshipDetailSchema, { method: 'POST', body: response })).data;
}

export async function scheduleMeeting(id: string, slot: { start: string; end: string }) {
  const schema = meetingSchema.extend({ joinUrl: z.string().optional() });
  return (await apiRequest(`${rel(id)}/schedule`, schema, { method: 'POST', body: slot })).data;
}

export const fetchAgenda = (id: string, signal?: AbortSignal) =>
  apiRequest(`${rel(id)}/agenda`, agendaListSchema, signal ? { signal } : {});
export const addAgendaItem = (id: string, text: string) =>
  apiRequest(`${rel(id)}/agenda`, agendaItemSchema, { method: 'POST', body: { text } });
export const patchAgendaItem = (
  id: string,
  itemId: string,
  etag: string,
  patch: { text?: string; discussed?: boolean; order?: number },
) => apiRequest(`${rel(id)}/agenda/${itemId}`, agendaItemSchema, { method: 'PATCH', body: patch, ifMatch: etag });
export const deleteAgendaItem = (id: string, itemId: string, etag: string) =>
  apiRequest(`${rel(id)}/agenda/${itemId}`, z.unknown(), { method: 'DELETE', ifMatch: etag });

export const fetchCommitments = (id: string, signal?: AbortSignal) =>
  apiRequest(`${rel(id)}/commitments`, commitmentListSchema, signal ? { signal } : {});
export const addCommitment = (id: string, body: { text: string; owner: string; dueDate?: string }) =>
  apiRequest(`${rel(id)}/commitments`, commitmentSchema, { method: 'POST', body });
export const patchCommitment = (
  id: string,
  cid: string,
  etag: string,
  patch: { status?: 'open' | 'done' | 'dropped'; text?: string; dueDate?: string | null },
) => apiRequest(`${rel(id)}/commitments/${cid}`, commitmentSchema, { method: 'PATCH', body: patch, ifMatch: etag });

export const fetchMeetings = (id: string, signal?: AbortSignal) =>
  apiRequest(`${rel(id)}/meetings`, meetingListSchema, signal ? { signal } : {});
export const recordMeeting = (id: string, meeting: { start: string; end: string; eventId?: string }) =>
  apiRequest(`${rel(id)}/meetings`, meetingSchema, { method: 'POST', body: meeting });
export const patchMeeting = (id: string, mid: string, etag: string, patch: { held?: boolean; rating?: number }) =>
  apiRequest(`${rel(id)}/meetings/${mid}`, meetingSchema, { method: 'PATCH', body: patch, ifMatch: etag });

const noteQuery = (meetingId?: string) => (meetingId ? `?meeting=${meetingId}` : '');
export const fetchNote = (id: string, meetingId?: string, signal?: AbortSignal) =>
  apiRequest(`${rel(id)}/notes${noteQuery(meetingId)}`, privateNoteSchema, signal ? { signal } : {});
export const putNote = (id: string, meetingId: string | undefined, etag: string, text: string) =>
  apiRequest(`${rel(id)}/notes${noteQuery(meetingId)}`, privateNoteSchema, {
    method: 'PUT',
    body: { text },
    ifMatch: etag,
  });

export const fetchPrompts = (id: string, count = 5, meetingId?: string, signal?: AbortSignal) =>
  apiRequest(
    `${rel(id)}/prompts?count=${count}${meetingId ? `&meeting=${meetingId}` : ''}`,
    promptsResponseSchema,
    signal ? { signal } : {},
  );
export const fetchCadenceAdvice = (id: string, signal?: AbortSignal) =>
  apiRequest(`${rel(id)}/cadence-advice`, cadenceAdviceResponseSchema, signal ? { signal } : {});
