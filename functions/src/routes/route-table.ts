import type { RouteDefinition } from '../http/route-definition';
import { guidanceRoutes } from './guidance-routes';
import { meRoutes } from './me-routes';
import { peerRoutes } from './peer-routes';
import { relationshipRoutes } from './relationship-routes';
import { slotsRoutes } from './slots-routes';

/** Every HTTP operation of the API. Azure registrations and the dev host both read this table. */
export const routeTable: RouteDefinition[] = [
  ...meRoutes,
  ...peerRoutes,
  ...relationshipRoutes,
  ...guidanceRoutes,
  ...slotsRoutes,
];
