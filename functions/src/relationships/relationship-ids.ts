import { createHash, randomBytes } from 'node:crypto';

/**
 * The relationship id comes from the tenant and the sorted pair, so both sides (and retries) name
 * the same relationship without a lookup; it reveals nothing about who is in it.
 */
export function relationshipIdFor(tenantId: string, a: string, b: string): string {
  const [first, second] = [a, b].sort();
  return createHash('sha256').update(`${tenantId}|${first}|${second}`).digest('base64url').slice(0, 22);
}

/** Item ids sort by creation time (10 base-36 digits of ms) and end in 6 random url-safe characters. */
export function newItemId(nowMs: number): string {
  return nowMs.toString(36).padStart(10, '0') + randomBytes(6).toString('base64url').slice(0, 6);
}

/** Table keys may not contain / \ # ? or control characters; ids from tokens are escaped to be safe. */
export function keyPart(value: string): string {
  let out = '';
  for (const c of value) {
    const code = c.charCodeAt(0);
    const unsafe = '/\\#?%'.includes(c) || code < 0x20 || (code >= 0x7f && code <= 0x9f);
    out += unsafe ? `%${code.toString(16).padStart(2, '0')}` : c;
  }
  return out;
}
