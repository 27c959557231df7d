import { z } from 'zod';
import { parseWith } from '../http/request-body';
import { jsonResponse } from '../http/responses';
import type { RouteDefinition } from '../http/route-definition';

const suggestionsQuerySchema = z.object({
  limit: z.coerce.number().int('limit must be a whole number').min(1).max(50).default(10),
});

const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'Type at least one letter').max(100, 'q is at most 100 characters'),
  limit: z.coerce.number().int('limit must be a whole number').min(1).max(25).default(10),
});

export const peerRoutes: RouteDefinition[] = [
  {
    name: 'searchPeople',
    method: 'GET',
    route: 'peers/search',
    async handle(request, { caller, services }) {
      const { q, limit } = parseWith(searchQuerySchema, Object.fromEntries(request.query));
      const people = await services.directory.searchUsers(caller, q, limit + 1);
      return jsonResponse(200, { people: people.filter((p) => p.id !== caller.userId).slice(0, limit) });
    },
  },
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
