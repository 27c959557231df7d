import type { Versioned } from './versioned';

/** The prompts chosen for one meeting (its id, or "next" before one is booked). */
export interface PromptHistoryEntry {
  meetingKey: string;
  promptIds: string[];
}

/** Prompts the pair was given, per meeting, oldest first. */
export interface PromptHistory {
  get(tenantId: string, relationshipId: string): Promise<Versioned<PromptHistoryEntry[]> | null>;
  /** `etag: null` creates; throws AlreadyExistsError / StaleVersionError when someone wrote first. */
  put(tenantId: string, relationshipId: string, entries: PromptHistoryEntry[], etag: string | null): Promise<void>;
}
