import type { SuggestionDismissal } from '../../../shared/discovery/suggestion-dismissal';

/** The caller's "Not interested" marks, in their own partition only. */
export interface SuggestionDismissalStore {
  list(tenantId: string, userId: string): Promise<SuggestionDismissal[]>;
  /** Creates or replaces the mark (dismissing again restarts the 90 days). */
  put(tenantId: string, userId: string, dismissal: SuggestionDismissal): Promise<void>;
  /** Idempotent: removing a mark that is not there succeeds. */
  remove(tenantId: string, userId: string, dismissedUserId: string): Promise<void>;
}
