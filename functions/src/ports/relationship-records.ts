import type { PeerProfile, Relationship } from '../../../shared/relationships/relationship-schemas';
import type { OutboxEntry } from '../lifecycle/outbox-entry';
import type { Versioned } from './versioned';

/** Profiles of the members by user id, for their index rows (each row shows the other member). */
export type MemberProfiles = Record<string, PeerProfile>;

/**
 * The relationship records (one per pair, in the pair's own partition). Every write also keeps both
 * members' index rows in step (see MembershipIndex), so no caller maintains the index by hand.
 */
export interface RelationshipRecords {
  get(tenantId: string, id: string): Promise<Versioned<Relationship> | null>;
  /** Creates it and indexes it for both members. Throws AlreadyExistsError when the pair already has one. */
  create(
    tenantId: string,
    relationship: Relationship,
    profiles: MemberProfiles,
    effects?: readonly OutboxEntry[],
  ): Promise<string>;
  /**
   * Conditional on `etag` (StaleVersionError / NotFoundError), then re-indexes both members. With
   * profiles (a pair starting again), the members' index rows take them and their markers are rewritten.
   * `effects` (outbox rows of the transition) are written in the same transaction as the record.
   */
  replace(
    tenantId: string,
    relationship: Relationship,
    etag: string,
    profiles?: MemberProfiles,
    effects?: readonly OutboxEntry[],
  ): Promise<string>;
}
