/**
 * The tenant id (`tid`) inside an access token, read without checking the signature: only to name
 * this browser's draft keys, never to trust anyone (the API validates the token itself).
 */
export function tenantOfToken(token: string): string | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = atob(
      payload
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(payload.length / 4) * 4, '='),
    );
    const tid = (JSON.parse(json) as { tid?: unknown }).tid;
    return typeof tid === 'string' && tid ? tid : undefined;
  } catch {
    return undefined;
  }
}
