import { promptsQuerySchema } from '../../../shared/discovery/guidance-schemas';
import { parseWith } from '../http/request-body';
import { jsonResponse } from '../http/responses';
import type { RouteDefinition } from '../http/route-definition';

export const guidanceRoutes: RouteDefinition[] = [
  {
    name: 'getPrompts',
    method: 'GET',
    route: 'relationships/{id}/prompts',
    async handle(request, { caller, services }) {
      const { count, meeting } = parseWith(promptsQuerySchema, Object.fromEntries(request.query));
      return jsonResponse(200, await services.guidance.prompts(caller, request.params.id ?? '', count, meeting));
    },
  },
  {
    name: 'getCadenceAdvice',
    method: 'GET',
    route: 'relationships/{id}/cadence-advice',
    async handle(request, { caller, services }) {
      return jsonResponse(200, await services.guidance.cadenceAdvice(caller, request.params.id ?? ''));
    },
  },
];
