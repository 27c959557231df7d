import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import type { Caller } from '../auth/caller';
import type { Services } from '../services';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteContext {
  caller: Caller;
  services: Services;
}

/**
 * One API operation. `route` uses the Azure Functions template syntax (`relationships/{id}`),
 * relative to the `/api` prefix; the same table registers Azure functions and the dev host.
 */
export interface RouteDefinition {
  name: string;
  method: HttpMethod;
  route: string;
  handle(request: HttpRequest, context: RouteContext): Promise<HttpResponseInit>;
}
