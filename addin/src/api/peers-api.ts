import { peerSuggestionsResponseSchema } from '../../../shared/discovery/suggestion-schema';
import { apiRequest } from './api-client';

export const fetchSuggestions = (signal: AbortSignal, limit = 10) =>
  apiRequest(`/peers/suggestions?limit=${limit}`, peerSuggestionsResponseSchema, { signal });
