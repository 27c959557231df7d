import { slotRequestSchema } from '../scheduling/slot-request';
import { slotsResponseSchema } from '../scheduling/slots-response';
import { defineOperations } from './operation';

export const slotOperations = defineOperations({
  findSlots: {
    method: 'POST',
    path: 'slots',
    summary: 'Mutually free, recurring-stable times for the caller and the named peers',
    body: slotRequestSchema,
    response: slotsResponseSchema,
    success: [200],
    problems: ['invalid-input', 'consent-required', 'dependency-unavailable'],
  },
});
