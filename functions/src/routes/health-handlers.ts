import type { healthOperations } from '../../../shared/contracts/health-operations';
import type { HandlersFor } from '../http/handler';

export const healthHandlers: HandlersFor<typeof healthOperations> = {
  getHealth: async ({ useCases }) => ({ body: await useCases.health.check() }),
};
