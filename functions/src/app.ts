import { app } from '@azure/functions';
import { apiConfigFromEnv } from './config/api-config';
import { createHandler } from './http/create-handler';
import { routeTable } from './routes/route-table';
import { createServices, type Services } from './services';

/** Entry point for the Azure Functions host: one function per row of the route table. */
let services: Services | undefined;
const resolveServices = () => (services ??= createServices(apiConfigFromEnv()));

for (const route of routeTable) {
  app.http(route.name, {
    methods: [route.method],
    authLevel: 'anonymous',
    route: route.route,
    handler: createHandler(route, resolveServices),
  });
}
