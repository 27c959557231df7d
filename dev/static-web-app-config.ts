import { securityHeaders } from './security-headers';

/**
 * `staticwebapp.config.json` for Azure Static Web Apps: the security headers on every response, and
 * no caching of the deployment's settings file so a redeploy of the API takes effect at once.
 */
export function staticWebAppConfig(apiOrigin: string | undefined): Record<string, unknown> {
  return {
    globalHeaders: securityHeaders({ ...(apiOrigin ? { apiOrigin } : {}), https: true }),
    routes: [{ route: '/app-config.json', headers: { 'Cache-Control': 'no-store' } }],
    mimeTypes: { '.json': 'application/json', '.map': 'application/json' },
  };
}
