import { z } from 'zod';
import { defineOperations } from './operation';

/** What a load balancer or an admin's probe reads: nothing about anyone, only that the API can serve. */
export const healthSchema = z.object({ status: z.literal('ok') });

export const healthOperations = defineOperations({
  getHealth: {
    method: 'GET',
    path: 'health',
    summary: 'Whether the API and its storage answer in time (no token; 503 names the failing dependency)',
    anonymous: true,
    response: healthSchema,
    success: [200],
    problems: ['dependency-unavailable'],
  },
});
