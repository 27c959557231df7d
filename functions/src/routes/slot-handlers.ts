import type { slotOperations } from '../../../shared/contracts/slot-operations';
import type { HandlersFor } from '../http/handler';

export const slotHandlers: HandlersFor<typeof slotOperations> = {
  async findSlots({ caller, input, useCases }) {
    const { graphRequests: _graphRequests, ...answer } = await useCases.slots.find(caller, input.body);
    return { body: answer };
  },
};
