import { z } from 'zod';
import { userText } from '../text/normalise-text';
import { suggestionDismissalSchema } from '../discovery/suggestion-dismissal';
import { peerSuggestionsResponseSchema } from '../discovery/suggestion-schema';
import { peopleSearchResultSchema } from '../discovery/search-eligibility';
import { defineOperations } from './operation';

export const suggestionsQuerySchema = z.object({
  limit: z.coerce.number().int('limit must be a whole number').min(1).max(50).default(10),
});

export const searchQuerySchema = z.object({
  q: userText({ max: 100 }),
  limit: z.coerce.number().int('limit must be a whole number').min(1).max(25).default(10),
});

/** The person a suggestion is about (a directory user id). */
export const suggestedUserParams = z.object({
  userId: z.string().trim().min(1, 'userId is required').max(200, 'userId is at most 200 characters'),
});

export const peerOperations = defineOperations({
  searchPeople: {
    method: 'GET',
    path: 'peers/search',
    summary:
      'Colleagues whose name starts with q (never the caller), each marked whether they can be the caller’s peer and why not (manager, direct report)',
    query: searchQuerySchema,
    response: peopleSearchResultSchema,
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
  dismissSuggestion: {
    method: 'POST',
    path: 'peers/suggestions/{userId}/dismissal',
    summary: '"Not interested": hides this person from the caller’s suggestions for 90 days (private)',
    params: suggestedUserParams,
    response: suggestionDismissalSchema,
    success: [200],
    problems: ['invalid-input', 'dependency-unavailable'],
  },
  undoSuggestionDismissal: {
    method: 'DELETE',
    path: 'peers/suggestions/{userId}/dismissal',
    summary: 'Undoes "Not interested": the person may be suggested again',
    params: suggestedUserParams,
    response: null,
    success: [204],
    problems: ['invalid-input', 'dependency-unavailable'],
  },
});
