import { cadenceAdviceResponseSchema, promptsQuerySchema, promptsResponseSchema } from '../discovery/guidance-schemas';
import { defineOperations } from './operation';
import { relationshipParams } from './path-params';

export const guidanceOperations = defineOperations({
  getPrompts: {
    method: 'GET',
    path: 'relationships/{id}/prompts',
    summary: 'Conversation prompts for one meeting, the same every time they are asked',
    params: relationshipParams,
    query: promptsQuerySchema,
    response: promptsResponseSchema,
    success: [200],
    problems: ['invalid-input', 'not-found', 'dependency-unavailable'],
  },
  getCadenceAdvice: {
    method: 'GET',
    path: 'relationships/{id}/cadence-advice',
    summary: "Cadence advice from the pair's history and the caller's own ratings",
    params: relationshipParams,
    response: cadenceAdviceResponseSchema,
    success: [200],
    problems: ['invalid-input', 'not-found', 'dependency-unavailable'],
  },
});
