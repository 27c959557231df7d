import type { peerOperations } from '../../../shared/contracts/peer-operations';
import type { HandlersFor } from '../http/handler';

export const peerHandlers: HandlersFor<typeof peerOperations> = {
  async searchPeople({ caller, input, useCases }) {
    return { body: { people: await useCases.people.search(caller, input.query.q, input.query.limit) } };
  },
  async getPeerSuggestions({ caller, input, useCases }) {
    const { suggestions } = await useCases.suggestions.suggest(caller, input.query.limit);
    return { body: { suggestions } };
  },
  async dismissSuggestion({ caller, input, useCases }) {
    return { body: await useCases.suggestionDismissals.dismiss(caller, input.params.userId) };
  },
  async undoSuggestionDismissal({ caller, input, useCases }) {
    await useCases.suggestionDismissals.undo(caller, input.params.userId);
    return {};
  },
};
