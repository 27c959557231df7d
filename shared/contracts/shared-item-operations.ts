import {
  agendaItemSchema,
  agendaListSchema,
  commitmentListSchema,
  commitmentSchema,
  createAgendaItemSchema,
  createCommitmentSchema,
  createMeetingSchema,
  meetingListSchema,
  meetingSchema,
  patchAgendaItemSchema,
  patchCommitmentSchema,
  patchMeetingSchema,
} from '../relationships/relationship-schemas';
import type { AppErrorCode } from '../errors/app-error';
import { defineOperations } from './operation';
import { pagedList, pageQuery, type PageSpec } from './pagination';
import { agendaItemParams, commitmentParams, meetingParams, relationshipParams } from './path-params';

const reads: AppErrorCode[] = ['invalid-input', 'not-found', 'dependency-unavailable'];
/** Writes: closed generations answer `ended`, caps `limit-reached`, rules `forbidden` / `conflict`. */
const creates: AppErrorCode[] = [...reads, 'ended', 'limit-reached', 'forbidden'];
const updates: AppErrorCode[] = [
  ...reads,
  'ended',
  'forbidden',
  'conflict',
  'precondition-required',
  'precondition-failed',
];

// A page holds every open agenda item (the cap is 200) and most commitment lists whole.
const agendaPage: PageSpec = { items: 'items', defaultSize: 200, maxSize: 500 };
const commitmentPage: PageSpec = { items: 'commitments', defaultSize: 200, maxSize: 500 };
const meetingPage: PageSpec = { items: 'meetings', defaultSize: 200, maxSize: 500 };

/** The agenda, commitments and meetings both peers share: each item its own row, each edit conditional. */
export const sharedItemOperations = defineOperations({
  listAgenda: {
    method: 'GET',
    path: 'relationships/{id}/agenda',
    summary: 'The shared agenda, in order',
    params: relationshipParams,
    query: pageQuery(agendaPage),
    page: agendaPage,
    response: pagedList(agendaListSchema),
    success: [200],
    etag: true,
    problems: reads,
  },
  addAgendaItem: {
    method: 'POST',
    path: 'relationships/{id}/agenda',
    summary: 'Adds an agenda item',
    params: relationshipParams,
    body: createAgendaItemSchema,
    response: agendaItemSchema,
    success: [201],
    etag: true,
    problems: creates,
  },
  patchAgendaItem: {
    method: 'PATCH',
    path: 'relationships/{id}/agenda/{itemId}',
    summary: 'Changes an agenda item’s text, order or discussed flag',
    params: agendaItemParams,
    body: patchAgendaItemSchema,
    response: agendaItemSchema,
    success: [200],
    ifMatch: true,
    etag: true,
    problems: updates,
  },
  deleteAgendaItem: {
    method: 'DELETE',
    path: 'relationships/{id}/agenda/{itemId}',
    summary: 'Removes an agenda item',
    params: agendaItemParams,
    response: null,
    success: [204],
    ifMatch: true,
    problems: updates,
  },
  listCommitments: {
    method: 'GET',
    path: 'relationships/{id}/commitments',
    summary: 'Commitments both ways',
    params: relationshipParams,
    query: pageQuery(commitmentPage),
    page: commitmentPage,
    response: pagedList(commitmentListSchema),
    success: [200],
    etag: true,
    problems: reads,
  },
  addCommitment: {
    method: 'POST',
    path: 'relationships/{id}/commitments',
    summary: 'Records a commitment owned by either peer',
    params: relationshipParams,
    body: createCommitmentSchema,
    response: commitmentSchema,
    success: [201],
    etag: true,
    problems: creates,
  },
  patchCommitment: {
    method: 'PATCH',
    path: 'relationships/{id}/commitments/{cid}',
    summary: 'Marks a commitment done or dropped, or changes its text, owner or due date',
    params: commitmentParams,
    body: patchCommitmentSchema,
    response: commitmentSchema,
    success: [200],
    ifMatch: true,
    etag: true,
    problems: updates,
  },
  listMeetings: {
    method: 'GET',
    path: 'relationships/{id}/meetings',
    summary: 'Recorded meetings, with the caller’s own rating',
    params: relationshipParams,
    query: pageQuery(meetingPage),
    page: meetingPage,
    response: pagedList(meetingListSchema),
    success: [200],
    etag: true,
    problems: reads,
  },
  addMeeting: {
    method: 'POST',
    path: 'relationships/{id}/meetings',
    summary: 'Records a meeting (e.g. one booked from Outlook)',
    params: relationshipParams,
    body: createMeetingSchema,
    response: meetingSchema,
    success: [201],
    etag: true,
    problems: creates,
  },
  patchMeeting: {
    method: 'PATCH',
    path: 'relationships/{id}/meetings/{mid}',
    summary: 'Marks a meeting held, or records the caller’s private rating',
    params: meetingParams,
    body: patchMeetingSchema,
    response: meetingSchema,
    success: [200],
    ifMatch: true,
    etag: true,
    problems: updates,
  },
});
