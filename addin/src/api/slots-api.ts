import type { SlotRequestInput } from '../../../shared/scheduling/slot-request';
import { slotsResponseSchema } from '../../../shared/scheduling/slots-response';
import { apiRequest } from './api-client';

export async function findSlots(request: SlotRequestInput) {
  const { data } = await apiRequest('/slots', slotsResponseSchema, { method: 'POST', body: request });
  return data;
}
