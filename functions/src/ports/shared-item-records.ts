import type { AgendaItem, Commitment, Meeting, Relationship } from '../../../shared/relationships/relationship-schemas';
import type { Versioned } from './versioned';

export type StoredAgendaItem = Omit<AgendaItem, 'etag'>;
export type StoredCommitment = Omit<Commitment, 'etag'>;
export type StoredMeeting = Omit<Meeting, 'etag' | 'myRating'>;

/** The rows both peers share, by kind; each lives in the relationship's partition. */
export interface SharedRow {
  agenda: StoredAgendaItem;
  commitment: StoredCommitment;
  meeting: StoredMeeting;
}
export type SharedKind = keyof SharedRow;

/** Kinds whose open rows are capped; their count is kept in a counter row beside them. */
export type CountedKind = 'agenda' | 'commitment';

/** The counter row as read: the open count and its ETag (null: no counter yet, count derived from rows). */
export interface OpenCounter {
  count: number;
  etag: string | null;
}

/** A write that changes how many rows are open, made together with the counter in one transaction. */
export type CountedWrite<K extends CountedKind> =
  | { op: 'create'; row: SharedRow[K] }
  | { op: 'replace'; row: SharedRow[K]; etag: string }
  | { op: 'remove'; id: string; etag: string };

/**
 * `relationshipId` below is the generation's shared scope (see relationships/shared-scope.ts).
 * Agenda items, commitments and meetings. Writes are conditional on an ETag where one is given;
 * commitment writes also refresh both members' open-commitment counts in their index rows.
 */
export interface SharedItemRecords {
  /** The relationship and one kind of its rows in a single partition query (one round trip). */
  withRelationship<K extends SharedKind>(
    tenantId: string,
    relationshipId: string,
    kind: K,
  ): Promise<{ relationship: Versioned<Relationship> | null; rows: Array<Versioned<SharedRow[K]>> }>;
  list<K extends SharedKind>(
    tenantId: string,
    relationshipId: string,
    kind: K,
  ): Promise<Array<Versioned<SharedRow[K]>>>;
  get<K extends SharedKind>(
    tenantId: string,
    relationshipId: string,
    kind: K,
    id: string,
  ): Promise<Versioned<SharedRow[K]> | null>;
  /** Throws AlreadyExistsError. */
  create<K extends SharedKind>(tenantId: string, relationshipId: string, kind: K, row: SharedRow[K]): Promise<string>;
  /** Throws StaleVersionError / NotFoundError. */
  replace<K extends SharedKind>(
    tenantId: string,
    relationshipId: string,
    kind: K,
    row: SharedRow[K],
    etag: string,
  ): Promise<string>;
  /** The open-count counter of a kind, or null when none was written yet. */
  openCount(tenantId: string, relationshipId: string, kind: CountedKind): Promise<OpenCounter | null>;
  /**
   * The write and the counter set to `counter.count + delta`, conditional on both ETags, in one
   * transaction: a cap checked against `counter.count` holds however many writers race.
   * Throws StaleVersionError (either ETag stale) or AlreadyExistsError (a counter appeared meanwhile).
   */
  writeCounted<K extends CountedKind>(
    tenantId: string,
    relationshipId: string,
    kind: K,
    write: CountedWrite<K>,
    counter: OpenCounter,
    delta: number,
  ): Promise<string>;
  /** Throws StaleVersionError; an absent row is not an error. */
  remove(tenantId: string, relationshipId: string, kind: SharedKind, id: string, etag: string): Promise<void>;
}
