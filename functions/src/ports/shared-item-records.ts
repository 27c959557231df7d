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

/** One open row's claim on a numbered slot; a kind's slots number 0..cap-1, so claims cannot pass the cap. */
export interface SlotClaim {
  slot: number;
  itemId: string;
}

/** A write that opens or closes a row, made together with its slot claim or release in one transaction. */
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
  /** The slots claimed by open rows of a kind. */
  openSlots(tenantId: string, relationshipId: string, kind: CountedKind): Promise<SlotClaim[]>;
  /**
   * The write and a slot claim (`claim`: the slot row is created, AlreadyExistsError if taken) or
   * release, in one transaction: however many writers race, open rows never outnumber the slots.
   * A replace is conditional on its ETag (StaleVersionError).
   */
  writeWithSlot<K extends CountedKind>(
    tenantId: string,
    relationshipId: string,
    kind: K,
    write: CountedWrite<K>,
    slot: { claim: number } | { release: number },
  ): Promise<string>;
  /** Throws StaleVersionError; an absent row is not an error. */
  remove(tenantId: string, relationshipId: string, kind: SharedKind, id: string, etag: string): Promise<void>;
}
