import { operations as op } from '../../../shared/contracts';
import type { BodyInputOf } from '../../../shared/contracts/operation';
import { callAllPages } from './all-pages';
import { callOperation } from './api-client';

export type { RelationshipListItem } from '../../../shared/relationships/relationship-schemas';

/** Request bodies as the contract table states them (what a page may send). */
export type CreateRelationshipBody = BodyInputOf<typeof op.createRelationship>;
export type PatchRelationshipBody = BodyInputOf<typeof op.patchRelationship>;
export type RespondBody = BodyInputOf<typeof op.respondToInvitation>;
export type ScheduleBody = BodyInputOf<typeof op.scheduleMeeting>;
export type AgendaPatch = BodyInputOf<typeof op.patchAgendaItem>;
export type NewCommitment = BodyInputOf<typeof op.addCommitment>;
export type CommitmentPatch = BodyInputOf<typeof op.patchCommitment>;
export type NewMeeting = BodyInputOf<typeof op.addMeeting>;
export type MeetingPatch = BodyInputOf<typeof op.patchMeeting>;

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});
const relationship = (id: string) => ({ id });

export const fetchRelationships = (signal?: AbortSignal) => callAllPages(op.listRelationships, withSignal(signal));

export const fetchRelationship = (id: string, signal?: AbortSignal) =>
  callOperation(op.getRelationship, { params: relationship(id), ...withSignal(signal) });

export async function createRelationship(body: CreateRelationshipBody) {
  return (await callOperation(op.createRelationship, { body })).data;
}

export const patchRelationship = (id: string, etag: string, patch: PatchRelationshipBody) =>
  callOperation(op.patchRelationship, { params: relationship(id), body: patch, ifMatch: etag });

export async function respondToInvitation(id: string, response: RespondBody) {
  return (await callOperation(op.respondToInvitation, { params: relationship(id), body: response })).data;
}

export async function scheduleMeeting(id: string, slot: ScheduleBody) {
  return (await callOperation(op.scheduleMeeting, { params: relationship(id), body: slot })).data;
}

export const fetchAgenda = (id: string, signal?: AbortSignal) =>
  callAllPages(op.listAgenda, { params: relationship(id), ...withSignal(signal) });
export const addAgendaItem = (id: string, text: string) =>
  callOperation(op.addAgendaItem, { params: relationship(id), body: { text } });
export const patchAgendaItem = (id: string, itemId: string, etag: string, patch: AgendaPatch) =>
  callOperation(op.patchAgendaItem, { params: { id, itemId }, body: patch, ifMatch: etag });
export const deleteAgendaItem = (id: string, itemId: string, etag: string) =>
  callOperation(op.deleteAgendaItem, { params: { id, itemId }, ifMatch: etag });

export const fetchCommitments = (id: string, signal?: AbortSignal) =>
  callAllPages(op.listCommitments, { params: relationship(id), ...withSignal(signal) });
export const addCommitment = (id: string, body: NewCommitment) =>
  callOperation(op.addCommitment, { params: relationship(id), body });
export const patchCommitment = (id: string, cid: string, etag: string, patch: CommitmentPatch) =>
  callOperation(op.patchCommitment, { params: { id, cid }, body: patch, ifMatch: etag });

export const fetchMeetings = (id: string, signal?: AbortSignal) =>
  callAllPages(op.listMeetings, { params: relationship(id), ...withSignal(signal) });
export const recordMeeting = (id: string, meeting: NewMeeting) =>
  callOperation(op.addMeeting, { params: relationship(id), body: meeting });
export const patchMeeting = (id: string, mid: string, etag: string, patch: MeetingPatch) =>
  callOperation(op.patchMeeting, { params: { id, mid }, body: patch, ifMatch: etag });

const noteQuery = (meetingId?: string) => (meetingId ? { meeting: meetingId } : {});
export const fetchNote = (id: string, meetingId?: string, signal?: AbortSignal) =>
  callOperation(op.getNotes, { params: relationship(id), query: noteQuery(meetingId), ...withSignal(signal) });
export const putNote = (id: string, meetingId: string | undefined, etag: string, text: string) =>
  callOperation(op.putNotes, { params: relationship(id), query: noteQuery(meetingId), body: { text }, ifMatch: etag });

export const fetchPrompts = (id: string, count = 5, meetingId?: string, signal?: AbortSignal) =>
  callOperation(op.getPrompts, {
    params: relationship(id),
    query: { count, ...noteQuery(meetingId) },
    ...withSignal(signal),
  });
export const fetchCadenceAdvice = (id: string, signal?: AbortSignal) =>
  callOperation(op.getCadenceAdvice, { params: relationship(id), ...withSignal(signal) });
