import { z } from 'zod';
import {
  createRelationshipSchema,
  meetingSchema,
  patchRelationshipSchema,
  relationshipDetailSchema,
  relationshipListSchema,
  respondSchema,
  scheduleMeetingSchema,
} from '../relationships/relationship-schemas';
import { defineOperations } from './operation';
import { pagedList, pageQuery, type PageSpec } from './pagination';
import { relationshipParams } from './path-params';

const relationshipPage: PageSpec = { items: 'relationships', defaultSize: 200, maxSize: 500 };

/** `POST /relationships/{id}/schedule`: the first meeting of the series, with its online join link. */
export const scheduledMeetingSchema = meetingSchema.extend({ joinUrl: z.string().optional() });

/** Booking and rebooking the series take the same input and answer alike. */
const booksSeries = {
  method: 'POST',
  params: relationshipParams,
  body: scheduleMeetingSchema,
  response: scheduledMeetingSchema,
  success: [201],
  etag: true,
  problems: ['invalid-input', 'not-found', 'ended', 'conflict', 'consent-required', 'dependency-unavailable'],
} as const;

export const relationshipOperations = defineOperations({
  listRelationships: {
    method: 'GET',
    path: 'relationships',
    summary: "The caller's relationships, from their own index (one storage query)",
    query: pageQuery(relationshipPage),
    page: relationshipPage,
    response: pagedList(relationshipListSchema),
    success: [200],
    etag: true,
    problems: ['invalid-input', 'dependency-unavailable'],
  },
  createRelationship: {
    method: 'POST',
    path: 'relationships',
    summary: 'Invites a peer (201), or returns the pair’s existing relationship (200)',
    body: createRelationshipSchema,
    response: relationshipDetailSchema,
    success: [201, 200],
    etag: true,
    problems: ['invalid-input', 'not-a-peer', 'consent-required', 'dependency-unavailable'],
  },
  getRelationship: {
    method: 'GET',
    path: 'relationships/{id}',
    summary: 'One relationship with the peer’s profile and its health',
    params: relationshipParams,
    response: relationshipDetailSchema,
    success: [200],
    etag: true,
    problems: ['invalid-input', 'not-found', 'dependency-unavailable'],
  },
  patchRelationship: {
    method: 'PATCH',
    path: 'relationships/{id}',
    summary: 'Changes goal, cadence, format, pause, or ends the relationship',
    params: relationshipParams,
    body: patchRelationshipSchema,
    response: relationshipDetailSchema,
    success: [200],
    ifMatch: true,
    etag: true,
    problems: [
      'invalid-input',
      'not-found',
      'ended',
      'conflict',
      'precondition-required',
      'precondition-failed',
      'dependency-unavailable',
    ],
  },
  respondToInvitation: {
    method: 'POST',
    path: 'relationships/{id}/respond',
    summary: 'Accepts, proposes another cadence, or declines (privately)',
    params: relationshipParams,
    body: respondSchema,
    response: relationshipDetailSchema,
    success: [200],
    etag: true,
    problems: ['invalid-input', 'not-found', 'ended', 'precondition-failed', 'dependency-unavailable'],
  },
  scheduleMeeting: {
    ...booksSeries,
    path: 'relationships/{id}/schedule',
    summary: 'Creates the recurring series in both calendars and records its first meeting (active, no series yet)',
  },
  rescheduleMeeting: {
    ...booksSeries,
    path: 'relationships/{id}/reschedule',
    summary: 'Replaces the booked series with one from a new first meeting (never a second series)',
  },
});
