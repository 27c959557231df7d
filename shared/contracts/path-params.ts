import { z } from 'zod';
import { itemIdSchema, relationshipIdSchema } from '../relationships/relationship-schemas';

/** Path parameter groups shared by several operations. */
export const relationshipParams = z.object({ id: relationshipIdSchema });
export const agendaItemParams = z.object({ id: relationshipIdSchema, itemId: itemIdSchema });
export const commitmentParams = z.object({ id: relationshipIdSchema, cid: itemIdSchema });
export const meetingParams = z.object({ id: relationshipIdSchema, mid: itemIdSchema });
