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

/**
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
  /** Throws StaleVersionError; an absent row is not an error. */
  remove(tenantId: string, relationshipId: string, kind: SharedKind, id: string, etag: string): Promise<void>;
}
