import type { meOperations } from '../../../shared/contracts/me-operations';
import type { HandlersFor } from '../http/handler';

export const meHandlers: HandlersFor<typeof meOperations> = {
  getMe: async ({ caller, useCases }) => ({ body: await useCases.people.me(caller) }),
  exportMyData: async ({ caller, useCases }) => ({ body: await useCases.privateData.exportFor(caller) }),
  deleteMyData: async ({ caller, useCases }) => ({ body: { deleted: await useCases.privateData.deleteMe(caller) } }),
};
