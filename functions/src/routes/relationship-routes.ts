import { createHash } from 'node:crypto';
import {
  createAgendaItemSchema,
  createCommitmentSchema,
  createMeetingSchema,
  createRelationshipSchema,
  noteQuerySchema,
  patchAgendaItemSchema,
  patchCommitmentSchema,
  patchMeetingSchema,
  patchRelationshipSchema,
  putPrivateNoteSchema,
  respondSchema,
  scheduleMeetingSchema,
} from '../../../shared/relationships/relationship-schemas';
import { requireIfMatch } from '../http/conditional';
import { parseWith, readJsonBody } from '../http/request-body';
import { jsonResponse, noContent } from '../http/responses';
import type { RouteDefinition } from '../http/route-definition';

/** A collection's ETag: changes whenever any item in it does. */
function collectionEtag(items: Array<{ etag: string }>): string {
  const hash = createHash('sha256');
  for (const item of items) hash.update(item.etag);
  return `W/"${hash.digest('base64url').slice(0, 27)}"`;
}

const param = (request: { params: Record<string, string> }, name: string) => request.params[name] ?? '';

export const relationshipRoutes: RouteDefinition[] = [
  {
    name: 'listRelationships',
    method: 'GET',
    route: 'relationships',
    async handle(_request, { caller, services }) {
      const relationships = await services.relationships.list(caller);
      return jsonResponse(
        200,
        { relationships },
        collectionEtag(relationships.map((r) => ({ etag: String(r.version) + r.id }))),
      );
    },
  },
  {
    name: 'createRelationship',
    method: 'POST',
    route: 'relationships',
    async handle(request, { caller, services }) {
      const body = await readJsonBody(request, createRelationshipSchema);
      const { value, etag, created } = await services.relationships.create(caller, body);
      return jsonResponse(created ? 201 : 200, value, etag);
    },
  },
  {
    name: 'getRelationship',
    method: 'GET',
    route: 'relationships/{id}',
    async handle(request, { caller, services }) {
      const { value, etag } = await services.relationships.get(caller, param(request, 'id'));
      return jsonResponse(200, value, etag);
    },
  },
  {
    name: 'patchRelationship',
    method: 'PATCH',
    route: 'relationships/{id}',
    async handle(request, { caller, services }) {
      const ifMatch = requireIfMatch(request);
      const patch = await readJsonBody(request, patchRelationshipSchema);
      const { value, etag } = await services.relationships.patch(caller, param(request, 'id'), ifMatch, patch);
      return jsonResponse(200, value, etag);
    },
  },
  {
    name: 'respondToInvitation',
    method: 'POST',
    route: 'relationships/{id}/respond',
    async handle(request, { caller, services }) {
      const body = await readJsonBody(request, respondSchema);
      const { value, etag } = await services.relationships.respond(caller, param(request, 'id'), body);
      return jsonResponse(200, value, etag);
    },
  },
  {
    name: 'listAgenda',
    method: 'GET',
    route: 'relationships/{id}/agenda',
    async handle(request, { caller, services }) {
      const items = await services.sharedItems.agenda(caller, param(request, 'id'));
      return jsonResponse(200, { items }, collectionEtag(items));
    },
  },
  {
    name: 'addAgendaItem',
    method: 'POST',
    route: 'relationships/{id}/agenda',
    async handle(request, { caller, services }) {
      const { text } = await readJsonBody(request, createAgendaItemSchema);
      const item = await services.sharedItems.addAgendaItem(caller, param(request, 'id'), text);
      return jsonResponse(201, item, item.etag);
    },
  },
  {
    name: 'patchAgendaItem',
    method: 'PATCH',
    route: 'relationships/{id}/agenda/{itemId}',
    async handle(request, { caller, services }) {
      const ifMatch = requireIfMatch(request);
      const patch = await readJsonBody(request, patchAgendaItemSchema);
      const item = await services.sharedItems.patchAgendaItem(
        caller,
        param(request, 'id'),
        param(request, 'itemId'),
        ifMatch,
        patch,
      );
      return jsonResponse(200, item, item.etag);
    },
  },
  {
    name: 'deleteAgendaItem',
    method: 'DELETE',
    route: 'relationships/{id}/agenda/{itemId}',
    async handle(request, { caller, services }) {
      const ifMatch = requireIfMatch(request);
      await services.sharedItems.deleteAgendaItem(caller, param(request, 'id'), param(request, 'itemId'), ifMatch);
      return noContent();
    },
  },
  {
    name: 'listCommitments',
    method: 'GET',
    route: 'relationships/{id}/commitments',
    async handle(request, { caller, services }) {
      const commitments = await services.sharedItems.commitments(caller, param(request, 'id'));
      return jsonResponse(200, { commitments }, collectionEtag(commitments));
    },
  },
  {
    name: 'addCommitment',
    method: 'POST',
    route: 'relationships/{id}/commitments',
    async handle(request, { caller, services }) {
      const body = await readJsonBody(request, createCommitmentSchema);
      const item = await services.sharedItems.addCommitment(caller, param(request, 'id'), body);
      return jsonResponse(201, item, item.etag);
    },
  },
  {
    name: 'patchCommitment',
    method: 'PATCH',
    route: 'relationships/{id}/commitments/{cid}',
    async handle(request, { caller, services }) {
      const ifMatch = requireIfMatch(request);
      const patch = await readJsonBody(request, patchCommitmentSchema);
      const item = await services.sharedItems.patchCommitment(
        caller,
        param(request, 'id'),
        param(request, 'cid'),
        ifMatch,
        patch,
      );
      return jsonResponse(200, item, item.etag);
    },
  },
  {
    name: 'listMeetings',
    method: 'GET',
    route: 'relationships/{id}/meetings',
    async handle(request, { caller, services }) {
      const meetings = await services.sharedItems.meetings(caller, param(request, 'id'));
      return jsonResponse(200, { meetings }, collectionEtag(meetings));
    },
  },
  {
    name: 'addMeeting',
    method: 'POST',
    route: 'relationships/{id}/meetings',
    async handle(request, { caller, services }) {
      const body = await readJsonBody(request, createMeetingSchema);
      const meeting = await services.sharedItems.addMeeting(caller, param(request, 'id'), body);
      return jsonResponse(201, meeting, meeting.etag);
    },
  },
  {
    name: 'scheduleMeeting',
    method: 'POST',
    route: 'relationships/{id}/schedule',
    async handle(request, { caller, services }) {
      const slot = await readJsonBody(request, scheduleMeetingSchema);
      const meeting = await services.scheduling.schedule(caller, param(request, 'id'), slot);
      return jsonResponse(201, meeting, meeting.etag);
    },
  },
  {
    name: 'patchMeeting',
    method: 'PATCH',
    route: 'relationships/{id}/meetings/{mid}',
    async handle(request, { caller, services }) {
      const ifMatch = requireIfMatch(request);
      const patch = await readJsonBody(request, patchMeetingSchema);
      const meeting = await services.sharedItems.patchMeeting(
        caller,
        param(request, 'id'),
        param(request, 'mid'),
        ifMatch,
        patch,
      );
      return jsonResponse(200, meeting, meeting.etag);
    },
  },
  {
    name: 'getNotes',
    method: 'GET',
    route: 'relationships/{id}/notes',
    async handle(request, { caller, services }) {
      const { meeting } = parseWith(noteQuerySchema, Object.fromEntries(request.query));
      const { value, etag } = await services.privateData.note(caller, param(request, 'id'), meeting);
      return jsonResponse(200, value, etag);
    },
  },
  {
    name: 'putNotes',
    method: 'PUT',
    route: 'relationships/{id}/notes',
    async handle(request, { caller, services }) {
      const ifMatch = requireIfMatch(request);
      const { meeting } = parseWith(noteQuerySchema, Object.fromEntries(request.query));
      const { text } = await readJsonBody(request, putPrivateNoteSchema);
      const { value, etag } = await services.privateData.putNote(caller, param(request, 'id'), meeting, ifMatch, text);
      return jsonResponse(200, value, etag);
    },
  },
  {
    name: 'exportMyData',
    method: 'GET',
    route: 'me/export',
    async handle(_request, { caller, services }) {
      return jsonResponse(200, await services.privateData.exportFor(caller));
    },
  },
  {
    name: 'deleteMyData',
    method: 'DELETE',
    route: 'me',
    async handle(_request, { caller, services }) {
      return jsonResponse(200, { deleted: await services.privateData.deleteMe(caller) });
    },
  },
];
