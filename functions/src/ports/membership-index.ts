import { FORMER_MEMBER, type PeerProfile, type Relationship } from '../../../shared/relationships/relationship-schemas';
import type { MemberProfiles } from './relationship-records';

/** Each member's index row: what "my relationships" lists without touching the shared partitions. */
export interface Membership {
  relationshipId: string;
  peer: PeerProfile;
  openMine: number;
  openTheirs: number;
  relationship: Relationship;
}

/**
 * The per-user index of relationships. The store writes it after each relationship or commitment
 * write; the two cannot share a transaction (different partitions), so a process that dies in
 * between leaves a stale row until the next write to that relationship or a call to `repair`.
 */
export interface MembershipIndex {
  list(tenantId: string, userId: string): Promise<Membership[]>;
  get(tenantId: string, userId: string, relationshipId: string): Promise<Membership | null>;
  /**
   * Rebuilds both members' rows (and markers) from the relationship's own partition. Peer profiles
   * come from `profiles`, else from the rows being replaced; a lost row without them shows only the id.
   */
  repair(tenantId: string, relationshipId: string, profiles?: MemberProfiles): Promise<void>;
}

/** How a member who erased their data appears to the peer. */
export const formerMemberProfile: PeerProfile = {
  id: FORMER_MEMBER,
  displayName: 'A former member',
  mail: null,
  department: null,
  jobTitle: null,
};
