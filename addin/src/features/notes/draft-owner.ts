import { getToken } from '../../host/get-token';
import { tenantOfToken } from './token-tenant';

/** Whose drafts these are: the signed-in user's tenant and id. */
export async function draftOwner(userId: string): Promise<{ tenantId: string; userId: string }> {
  const tenantId = tenantOfToken(await getToken()) ?? 'unknown-tenant';
  return { tenantId, userId };
}
