import type {
  AgendaItem,
  Commitment,
  Meeting,
  PeerProfile,
  Relationship,
} from '../../../shared/relationships/relationship-schemas';

/** A stored thing and the version tag that guards its next update. */
export interface Versioned<T> {
  value: T;
  etag: string;
}

/** Each member's index row: what "my relationships" lists without touching the shared partitions. */
export interface Membership {
  relationshipId: string;
  peer: PeerProfile;
  openMine: number;
  openTheirs: number;
  relationship: Relationship;
}

export type StoredAgendaItem = Omit<AgendaItem, 'etag'>;
export type StoredCommitment = Omit<Commitment, 'etag'>;
export type StoredMeeting = Omit<Meeting, 'etag' | 'myRating'>;

/** The prompts chosen for one meeting (its id, or "next" before one is booked). */
export interface PromptHistoryEntry {
  meetingKey: string;
  promptIds: string[];
}

export interface SharedRow {
  agenda: StoredAgendaItem;
  commitment: StoredCommitment;
  meeting: StoredMeeting;
}

/**
 * Private rows: notes (per meeting or for the relationship), ratings, a decline reason, and a
 * membership marker that lets a member's private reads prove membership in the same query.
 */
export interface PrivateRecord {
  relationshipId: string;
  kind: 'note' | 'rating' | 'decline' | 'member';
  /** Meeting id, or "relationship" for relationship-wide notes. */
  key: string;
  text?: string;
  rating?: number;
  updatedAt: string;
}

/** Thrown when an If-Match version is stale; carries nothing the caller did not already see. */
export class StaleVersionError extends Error {
  constructor() {
    super('The item changed since it was read.');
    this.name = 'StaleVersionError';
  }
}

export class AlreadyExistsError extends Error {
  constructor() {
    super('Already exists.');
    this.name = 'AlreadyExistsError';
  }
}

export class NotFoundError extends Error {
  constructor() {
    super('Not found.');
    this.name = 'NotFoundError';
  }
}

/**
 * Table Storage for relationships. Every key starts with the tenant; one relationship's shared data
 * is one partition, each user's index and private data another.
 */
export interface RelationshipStore {
  getRelationship(tenantId: string, id: string): Promise<Versioned<Relationship> | null>;
  /** Throws AlreadyExistsError when the pair already has one. */
  createRelationship(tenantId: string, relationship: Relationship): Promise<string>;
  /** Conditional on `etag`; throws StaleVersionError. Returns the new etag. */
  replaceRelationship(tenantId: string, relationship: Relationship, etag: string): Promise<string>;

  listMemberships(tenantId: string, userId: string): Promise<Membership[]>;
  getMembership(tenantId: string, userId: string, relationshipId: string): Promise<Membership | null>;
  putMembership(tenantId: string, userId: string, membership: Membership): Promise<void>;
  deleteMembership(tenantId: string, userId: string, relationshipId: string): Promise<void>;

  /** The relationship and one kind of its shared rows in a single partition query (one round trip). */
  getWithRows<K extends 'agenda' | 'commitment' | 'meeting'>(
    tenantId: string,
    relationshipId: string,
    kind: K,
  ): Promise<{ relationship: Versioned<Relationship> | null; rows: Array<Versioned<SharedRow[K]>> }>;

  listAgenda(tenantId: string, relationshipId: string): Promise<Array<Versioned<StoredAgendaItem>>>;
  getAgendaItem(tenantId: string, relationshipId: string, id: string): Promise<Versioned<StoredAgendaItem> | null>;
  createAgendaItem(tenantId: string, relationshipId: string, item: StoredAgendaItem): Promise<string>;
  replaceAgendaItem(tenantId: string, relationshipId: string, item: StoredAgendaItem, etag: string): Promise<string>;
  deleteAgendaItem(tenantId: string, relationshipId: string, id: string, etag: string): Promise<void>;

  listCommitments(tenantId: string, relationshipId: string): Promise<Array<Versioned<StoredCommitment>>>;
  getCommitment(tenantId: string, relationshipId: string, id: string): Promise<Versioned<StoredCommitment> | null>;
  createCommitment(tenantId: string, relationshipId: string, item: StoredCommitment): Promise<string>;
  replaceCommitment(tenantId: string, relationshipId: string, item: StoredCommitment, etag: string): Promise<string>;

  listMeetings(tenantId: string, relationshipId: string): Promise<Array<Versioned<StoredMeeting>>>;
  getMeeting(tenantId: string, relationshipId: string, id: string): Promise<Versioned<StoredMeeting> | null>;
  createMeeting(tenantId: string, relationshipId: string, meeting: StoredMeeting): Promise<string>;
  replaceMeeting(tenantId: string, relationshipId: string, meeting: StoredMeeting, etag: string): Promise<string>;

  /** Prompts the pair was given, per meeting, oldest first. */
  getPromptHistory(tenantId: string, relationshipId: string): Promise<Versioned<PromptHistoryEntry[]> | null>;
  /** `etag: null` creates; throws AlreadyExistsError / StaleVersionError when someone wrote first. */
  putPromptHistory(
    tenantId: string,
    relationshipId: string,
    entries: PromptHistoryEntry[],
    etag: string | null,
  ): Promise<void>;

  listPrivate(tenantId: string, userId: string, relationshipId?: string): Promise<Array<Versioned<PrivateRecord>>>;
  getPrivate(
    tenantId: string,
    userId: string,
    relationshipId: string,
    kind: PrivateRecord['kind'],
    key: string,
  ): Promise<Versioned<PrivateRecord> | null>;
  /** `etag: null` creates (AlreadyExistsError if present); otherwise replaces conditionally. */
  putPrivate(tenantId: string, userId: string, record: PrivateRecord, etag: string | null): Promise<string>;
  deletePrivate(tenantId: string, userId: string, record: PrivateRecord): Promise<void>;
}
