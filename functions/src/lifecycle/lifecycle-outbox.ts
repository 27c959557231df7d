import type { Versioned } from '../ports/versioned';
import type { OutboxEntry } from './outbox-entry';

/** The outbox rows of relationships (each in its relationship's partition). */
export interface LifecycleOutbox {
  /** Pending entries of one relationship, oldest first. */
  pending(tenantId: string, relationshipId: string): Promise<Array<Versioned<OutboxEntry>>>;
  /** Pending entries of every relationship, oldest first (the retry job). */
  allPending(limit: number): Promise<Array<Versioned<OutboxEntry>>>;
  /** Conditional on `etag`: StaleVersionError when another worker got there first. */
  update(entry: OutboxEntry, etag: string): Promise<string>;
}
