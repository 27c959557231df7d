import { operations, type Operations } from '../../../shared/contracts';
import type { HandlersFor, RouteRow } from '../http/handler';
import { guidanceHandlers } from './guidance-handlers';
import { healthHandlers } from './health-handlers';
import { meHandlers } from './me-handlers';
import { noteHandlers } from './note-handlers';
import { peerHandlers } from './peer-handlers';
import { relationshipHandlers } from './relationship-handlers';
import { sharedItemHandlers } from './shared-item-handlers';
import { slotHandlers } from './slot-handlers';

/** One handler per contract row: a row without a handler (or the reverse) does not compile. */
const handlers: HandlersFor<Operations> = {
  ...meHandlers,
  ...peerHandlers,
  ...relationshipHandlers,
  ...sharedItemHandlers,
  ...noteHandlers,
  ...guidanceHandlers,
  ...slotHandlers,
  ...healthHandlers,
};

/** Every HTTP operation of the API. Azure registrations and the dev host both read this table. */
export const routeTable: RouteRow[] = (Object.keys(operations) as Array<keyof Operations>).map((name) => ({
  operation: operations[name],
  handle: handlers[name] as RouteRow['handle'],
}));
