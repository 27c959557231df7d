import type { Versioned } from './versioned';

/**
 * Private rows, in their owner's partition only: notes (per meeting or for the relationship),
 * ratings, a decline reason, and a membership marker that lets a member's private reads prove
 * membership in the same query.
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

export interface PrivateRecords {
  list(tenantId: string, userId: string, relationshipId?: string): Promise<Array<Versioned<PrivateRecord>>>;
  get(
    tenantId: string,
    userId: string,
    relationshipId: string,
    kind: PrivateRecord['kind'],
    key: string,
  ): Promise<Versioned<PrivateRecord> | null>;
  /** `etag: null` creates (AlreadyExistsError if present); otherwise replaces conditionally. */
  put(tenantId: string, userId: string, record: PrivateRecord, etag: string | null): Promise<string>;
  /** Deletes everything in the user's own partitions: private rows and index rows (erasure). */
  eraseUser(tenantId: string, userId: string): Promise<void>;
}
