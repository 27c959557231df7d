import { slotRequestSchema } from '../../../shared/scheduling/slot-request';
import { readJsonBody } from '../http/request-body';
import { jsonResponse } from '../http/responses';
import type { RouteDefinition } from '../http/route-definition';

export const slotsRoutes: RouteDefinition[] = [
  {
    name: 'findSlots',
    method: 'POST',
    route: 'slots',
    async handle(request, { caller, services }) {
      const body = await readJsonBody(request, slotRequestSchema);
      const { graphRequests: _graphRequests, ...answer } = await services.slots.find(caller, body);
      return jsonResponse(200, answer);
    },
  },
];
