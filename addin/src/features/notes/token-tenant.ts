/**
 * The tenant id (`tid`) inside an access token, read without checking the signature: only to name
 * this browser's draft keys, never to trust anyone (the API validates the token itself).
 */
export function tenantOfToken(token: string): string | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (c) => c.charCodeAt(0));
    const json = new TextDecoder().decode(bytes);
    const tid = (JSON.parse(json) as { tid?: unknown }).tid;
    return typeof tid === 'string' && tid ? tid : undefined;
  } catch {
    return undefined;
  }
}
