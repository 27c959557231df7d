import { z } from 'zod';
import { userText } from '../text/normalise-text';
import { peerSuggestionsResponseSchema } from '../discovery/suggestion-schema';
import { peopleSearchSchema } from '../relationships/relationship-schemas';
import { defineOperations } from './operation';

export const suggestionsQuerySchema = z.object({
  limit: z.coerce.number().int('limit must be a whole number').min(1).max(50).default(10),
});

export const searchQuerySchema = z.object({
  q: userText({ max: 100 }),
  limit: z.coerce.number().int('limit must be a whole number').min(1).max(25).default(10),
});

export const peerOperations = defineOperations({
  searchPeople: {
    method: 'GET',
    path: 'peers/search',
    summary: 'Colleagues whose name starts with q (never the caller)',
    query: searchQuerySchema,
    response: peopleSearchSchema,
    success: [200],
    problems: ['invalid-input', 'consent-required', 'dependency-unavailable'],
  },
  getPeerSuggestions: {
    method: 'GET',
    path: 'peers/suggestions',
    summary: 'Whom to start a peer 1:1 with, with reasons, cadence and goal',
    query: suggestionsQuerySchema,
    response: peerSuggestionsResponseSchema,
    success: [200],
    problems: ['invalid-input', 'consent-required', 'dependency-unavailable'],
  },
});
