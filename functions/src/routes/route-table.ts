import type { RouteDefinition } from '../http/route-definition';
import { meRoutes } from './me-routes';

/** Every HTTP operation of the API. Azure registrations and the dev host both read this table. */
export const routeTable: RouteDefinition[] = [...meRoutes];
