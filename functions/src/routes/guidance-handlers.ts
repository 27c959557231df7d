import type { guidanceOperations } from '../../../shared/contracts/guidance-operations';
import type { HandlersFor } from '../http/handler';

export const guidanceHandlers: HandlersFor<typeof guidanceOperations> = {
  async getPrompts({ caller, input, useCases }) {
    const { count, meeting } = input.query;
    return { body: await useCases.guidance.prompts(caller, input.params.id, count, meeting) };
  },
  getCadenceAdvice: async ({ caller, input, useCases }) => ({
    body: await useCases.guidance.cadenceAdvice(caller, input.params.id),
  }),
};
