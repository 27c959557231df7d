import { peerSuggestionsResponseSchema } from '../../../shared/discovery/suggestion-schema';
import { peopleSearchSchema } from '../../../shared/relationships/relationship-schemas';
import { apiRequest } from './api-client';

export const fetchSuggestions = (signal: AbortSignal, limit = 10) =>
  apiRequest(`/peers/suggestions?limit=${limit}`, peerSuggestionsResponseSchema, { signal });

export async function searchPeople(query: string) {
  return (await apiRequest(`/peers/search?q=${encodeURIComponent(query)}&limit=8`, peopleSearchSchema)).data.people;
}
