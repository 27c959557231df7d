import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { HttpProblem, problems } from './http-problem';
import type { RouteDefinition } from './route-definition';
import type { Services } from '../services';

export type AzureHttpHandler = (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;

/**
 * Wraps a route in what every route needs: token validation first, then the operation, with any
 * failure answered as problem+json. Unexpected errors are logged and never leak details.
 */
export function createHandler(route: RouteDefinition, services: () => Services): AzureHttpHandler {
  return async (request, context) => {
    try {
      const resolved = services();
      const caller = await resolved.validateToken(request.headers.get('authorization'));
      await resolved.tables.ready();
      return await route.handle(request, { caller, services: resolved });
    } catch (error) {
      if (error instanceof HttpProblem) return error.toResponse();
      context.error(`${route.name} failed`, error);
      return problems.internal().toResponse();
    }
  };
}
