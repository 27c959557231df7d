import { z } from 'zod';
import { parseWith } from '../http/request-body';
import { jsonResponse } from '../http/responses';
import type { RouteDefinition } from '../http/route-definition';

const suggestionsQuerySchema = z.object({
  limit: z.coerce.number().int('limit must be a whole number').min(1).max(50).default(10),
});

export const peerRoutes: RouteDefinition[] = [
  {
    name: 'getPeerSuggestions',
    method: 'GET',
    route: 'peers/suggestions',
    async handle(request, { caller, services }) {
      const { limit } = parseWith(suggestionsQuerySchema, Object.fromEntries(request.query));
      const { suggestions } = await services.suggestions.suggest(caller, limit);
      return jsonResponse(200, { suggestions });
    },
  },
];
