import { operations as op } from '../../../shared/contracts';
import { callOperation } from './api-client';

export const fetchSuggestions = (signal: AbortSignal, limit = 10) =>
  callOperation(op.getPeerSuggestions, { query: { limit }, signal });

export async function searchPeople(query: string) {
  return (await callOperation(op.searchPeople, { query: { q: query, limit: 8 } })).data.people;
}

export const dismissSuggestion = (userId: string) => callOperation(op.dismissSuggestion, { params: { userId } });
export const undoSuggestionDismissal = (userId: string) =>
  callOperation(op.undoSuggestionDismissal, { params: { userId } });
