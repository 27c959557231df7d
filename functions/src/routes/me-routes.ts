import { jsonResponse } from '../http/responses';
import type { RouteDefinition } from '../http/route-definition';

export const meRoutes: RouteDefinition[] = [
  {
    name: 'getMe',
    method: 'GET',
    route: 'me',
    async handle(_request, { caller, services }) {
      return jsonResponse(200, await services.directory.profileOf(caller));
    },
  },
];
