import type { AppPrincipal } from './graph-http';
import type { DemoApp } from './apps';
import type { TenantData, TenantUser } from './tenant-schema';
import { findUser } from './tenant-state';

// Who a verified Graph token speaks for.

/** A delegated token names a user (`oid`); an app-only token (`idtyp: app`) a registered app by `azp`. */
export function principalOf(
  claims: Record<string, unknown>,
  apps: readonly DemoApp[],
  data: TenantData,
): { user: TenantUser } | { app: AppPrincipal } | undefined {
  if (claims['idtyp'] === 'app') {
    const app = apps.find((a) => a.clientId === claims['azp']);
    const roles = Array.isArray(claims['roles']) ? claims['roles'].filter((r) => typeof r === 'string') : [];
    return app ? { app: { appId: app.clientId, displayName: app.displayName, roles } } : undefined;
  }
  const oid = claims['oid'];
  const user = typeof oid === 'string' ? findUser(data, oid) : undefined;
  return user ? { user } : undefined;
}
