import { dismissalAt, hiddenIds, type SuggestionDismissal } from '../../../shared/discovery/suggestion-dismissal';
import type { Caller } from '../auth/caller';
import type { Clock } from '../ports/clock';
import type { SuggestionDismissalStore } from './suggestion-dismissals-store';

export interface SuggestionDismissalService {
  dismiss(caller: Caller, userId: string): Promise<SuggestionDismissal>;
  undo(caller: Caller, userId: string): Promise<void>;
  /** Whom the caller does not want suggested right now. */
  hiddenFor(caller: Caller): Promise<Set<string>>;
}

export function createSuggestionDismissalService(deps: {
  store: SuggestionDismissalStore;
  clock: Clock;
}): SuggestionDismissalService {
  return {
    async dismiss(caller, userId) {
      const dismissal = dismissalAt(userId, deps.clock.now().getTime());
      await deps.store.put(caller.tenantId, caller.userId, dismissal);
      return dismissal;
    },
    undo: (caller, userId) => deps.store.remove(caller.tenantId, caller.userId, userId),
    async hiddenFor(caller) {
      return hiddenIds(await deps.store.list(caller.tenantId, caller.userId), deps.clock.now().getTime());
    },
  };
}
