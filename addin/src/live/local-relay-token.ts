import type { ITokenProvider, ITokenResponse } from '@fluidframework/azure-client';

/**
 * Tokens for a local Fluid relay (Tinylicious, which checks no signature): the claims it reads,
 * unsigned. Only ever used against `azure-local-service` in tests and the dev stack; Teams' relay
 * gets its tokens from the Live Share host.
 */
export function localRelayTokenProvider(userId: string): ITokenProvider {
  const token = (documentId: string | undefined): ITokenResponse => {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      documentId: documentId ?? '',
      scopes: ['doc:read', 'doc:write', 'summary:write'],
      tenantId: 'local',
      user: { id: userId, name: userId },
      iat: now,
      exp: now + 3600,
      ver: '1.0',
    };
    return { jwt: `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.local`, fromCache: false };
  };
  return {
    fetchOrdererToken: async (_tenantId, documentId) => token(documentId),
    fetchStorageToken: async (_tenantId, documentId) => token(documentId),
  };
}

function encode(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
