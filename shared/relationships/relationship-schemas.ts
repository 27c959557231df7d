import { z } from 'zod';
import { clearableUserText, userText } from '../text/normalise-text';
import { cadenceWeeksSchema } from '../discovery/cadence';
import { goalSchema } from '../discovery/goals';
import { healthSchema } from '../health/relationship-health';

/**
 * The peer-relationship model shared by the API and the add-in. Ids are opaque strings made by the
 * server; user text never becomes part of an id or a storage key.
 */

export const relationshipIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'Not a relationship id');
export const itemIdSchema = z.string().regex(/^[0-9a-z]{10}[A-Za-z0-9_-]{6}$/, 'Not an item id');
const isoInstant = z.iso.datetime({ offset: true, error: 'Expected an ISO date-time with an offset' });
const isoDate = z.iso.date({ error: 'Expected a date, YYYY-MM-DD' });
const userId = z.string().min(1).max(200);

export const relationshipStatusSchema = z.enum(['invited', 'active', 'paused', 'ended']);
export type RelationshipStatus = z.infer<typeof relationshipStatusSchema>;
export const formatSchema = z.enum(['video', 'coffee', 'walk', 'meal']);
export type Format = z.infer<typeof formatSchema>;
/** The stand-in that replaces a user's id on shared items once they delete their data. */
export const FORMER_MEMBER = 'former-member';

/**
 * The recurring series booked for a relationship's current generation: who organised it (the
 * attendee is the other member), its first occurrence and its interval.
 */
export const seriesSchema = z.object({
  organizer: userId,
  firstStart: isoInstant,
  cadenceWeeks: cadenceWeeksSchema,
  /** The organiser's Graph event id of the series, once booked. */
  eventId: z.string().optional(),
});
export type Series = z.infer<typeof seriesSchema>;

/** A time the inviter proposed with the invitation, so the invitee sees what they are accepting. */
export const proposedSlotSchema = z.object({ start: isoInstant, end: isoInstant }).strict();

export const relationshipSchema = z.object({
  id: relationshipIdSchema,
  members: z.tuple([userId, userId]),
  initiatedBy: userId,
  status: relationshipStatusSchema,
  /** While invited: whose answer is awaited (the invitee, or the initiator after a counter-proposal). */
  pendingWith: userId.optional(),
  /** What the invitation came to, as both may see it; a decline shows only as "not-now". */
  answer: z.enum(['accepted', 'not-now']).optional(),
  goal: goalSchema,
  goalNote: z.string().max(500).optional(),
  cadenceWeeks: cadenceWeeksSchema,
  format: formatSchema,
  lastMetAt: isoInstant.optional(),
  nextMeetingAt: isoInstant.optional(),
  pausedUntil: isoDate.optional(),
  /**
   * Which life of the pair this is: 1 at the first invitation, one more at each restart after an
   * end or a decline. Absent on rows written before generations existed, which read as 1.
   */
  generation: z.number().int().min(1).optional(),
  /** The series booked for this generation, if any (a reschedule replaces it). */
  series: seriesSchema.optional(),
  /** The first meeting time the inviter proposed (shown to the invitee before they answer). */
  proposedSlot: proposedSlotSchema.optional(),
  /** After a resume or an accept without a series: the surfaces should offer times to book. */
  offerTimes: z.boolean().optional(),
  createdAt: isoInstant,
  version: z.number().int().min(1),
});
export type Relationship = z.infer<typeof relationshipSchema>;

export const peerProfileSchema = z.object({
  id: userId,
  displayName: z.string(),
  mail: z.string().nullable(),
  department: z.string().nullable(),
  jobTitle: z.string().nullable(),
});
export type PeerProfile = z.infer<typeof peerProfileSchema>;

/** `GET /peers/search?q=`: colleagues by name, for picking someone not yet suggested. */
export const peopleSearchSchema = z.object({ people: z.array(peerProfileSchema) });

/** One row of `GET /relationships`: what the tab's table needs, in one call. */
export const relationshipListItemSchema = relationshipSchema
  .pick({
    id: true,
    status: true,
    initiatedBy: true,
    pendingWith: true,
    answer: true,
    goal: true,
    goalNote: true,
    cadenceWeeks: true,
    format: true,
    lastMetAt: true,
    nextMeetingAt: true,
    pausedUntil: true,
    version: true,
    generation: true,
    proposedSlot: true,
    offerTimes: true,
  })
  .extend({
    peer: peerProfileSchema,
    health: healthSchema,
    healthReason: z.string(),
    openCommitments: z.object({ mine: z.number().int().min(0), theirs: z.number().int().min(0) }),
  });
export type RelationshipListItem = z.infer<typeof relationshipListItemSchema>;
export const relationshipListSchema = z.object({ relationships: z.array(relationshipListItemSchema) });

/** `GET /relationships/{id}`: the relationship with the peer's profile and its health. */
export const relationshipDetailSchema = relationshipSchema.extend({
  peer: peerProfileSchema,
  health: healthSchema,
  healthReason: z.string(),
});
export type RelationshipDetail = z.infer<typeof relationshipDetailSchema>;

export const createRelationshipSchema = z
  .object({
    peer: z.string().trim().min(1, 'Name the peer by user id or mail').max(320),
    goal: goalSchema,
    goalNote: clearableUserText({ max: 500, multiline: true }).optional(),
    cadenceWeeks: cadenceWeeksSchema,
    format: formatSchema.default('video'),
    /** Optional first meeting time to propose; nothing is booked until the invitee accepts. */
    proposedSlot: proposedSlotSchema.optional(),
  })
  .strict();
export type CreateRelationship = z.input<typeof createRelationshipSchema>;

export const patchRelationshipSchema = z
  .object({
    goal: goalSchema,
    goalNote: clearableUserText({ max: 500, multiline: true }).nullable(),
    cadenceWeeks: cadenceWeeksSchema,
    format: formatSchema,
    /** Pause until a date (status becomes paused), or null to resume. */
    pausedUntil: isoDate.nullable(),
    /** Only "ended" can be set directly; other states follow from invitations and pauses. */
    status: z.literal('ended'),
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'Nothing to change');
export type PatchRelationship = z.infer<typeof patchRelationshipSchema>;

export const respondSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept') }).strict(),
  z.object({ action: z.literal('propose'), cadenceWeeks: cadenceWeeksSchema }).strict(),
  /** The reason, if given, is kept in the responder's private notes and never shown to the peer. */
  z
    .object({ action: z.literal('decline'), reason: clearableUserText({ max: 2000, multiline: true }).optional() })
    .strict(),
]);
export type RespondToInvitation = z.infer<typeof respondSchema>;

export const agendaItemSchema = z.object({
  id: itemIdSchema,
  text: z.string().max(500),
  addedBy: userId,
  discussed: z.boolean(),
  order: z.number(),
  etag: z.string(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export const agendaListSchema = z.object({ items: z.array(agendaItemSchema) });
export const createAgendaItemSchema = z.object({ text: userText({ max: 500 }) }).strict();
export const patchAgendaItemSchema = z
  .object({
    text: userText({ max: 500 }),
    discussed: z.boolean(),
    order: z.number().finite(),
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'Nothing to change');

export const commitmentStatusSchema = z.enum(['open', 'done', 'dropped']);
export const commitmentSchema = z.object({
  id: itemIdSchema,
  text: z.string().max(500),
  owner: userId,
  dueDate: isoDate.optional(),
  status: commitmentStatusSchema,
  createdBy: userId,
  createdAt: isoInstant,
  doneAt: isoInstant.optional(),
  etag: z.string(),
});
export type Commitment = z.infer<typeof commitmentSchema>;
export const commitmentListSchema = z.object({ commitments: z.array(commitmentSchema) });
export const createCommitmentSchema = z
  .object({
    text: userText({ max: 500 }),
    owner: userId,
    dueDate: isoDate.optional(),
  })
  .strict();
export const patchCommitmentSchema = z
  .object({
    text: userText({ max: 500 }),
    owner: userId,
    dueDate: isoDate.nullable(),
    status: commitmentStatusSchema,
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'Nothing to change');

export const meetingSchema = z.object({
  id: itemIdSchema,
  start: isoInstant,
  end: isoInstant,
  eventId: z.string().optional(),
  iCalUId: z.string().optional(),
  held: z.boolean(),
  /** The caller's own private rating, 1–5; never the peer's. */
  myRating: z.number().int().min(1).max(5).optional(),
  etag: z.string(),
});
export type Meeting = z.infer<typeof meetingSchema>;
export const meetingListSchema = z.object({ meetings: z.array(meetingSchema) });
export const createMeetingSchema = z
  .object({
    start: isoInstant,
    end: isoInstant,
    eventId: z.string().max(1024).optional(),
    iCalUId: z.string().max(1024).optional(),
  })
  .strict()
  .refine((m) => Date.parse(m.end) > Date.parse(m.start), { message: 'end must be after start', path: ['end'] });
export const patchMeetingSchema = z
  .object({ held: z.boolean(), rating: z.number().int().min(1).max(5) })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'Nothing to change');

/** Creates the calendar series through Graph and records the first meeting. */
export const scheduleMeetingSchema = z
  .object({ start: isoInstant, end: isoInstant })
  .strict()
  .refine((m) => Date.parse(m.end) > Date.parse(m.start), { message: 'end must be after start', path: ['end'] });

export const privateNoteSchema = z.object({
  text: z.string().max(20_000),
  updatedAt: isoInstant.nullable(),
});
export type PrivateNote = z.infer<typeof privateNoteSchema>;
export const putPrivateNoteSchema = z.object({ text: clearableUserText({ max: 20_000, multiline: true }) }).strict();
export const noteQuerySchema = z.object({ meeting: itemIdSchema.optional() });
