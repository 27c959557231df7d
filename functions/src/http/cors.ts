/**
 * CORS for the app's own web origins only (config `WEB_ORIGINS`): any other origin gets no CORS
 * headers, so a browser on it cannot read an answer. Credentials are bearer tokens, not cookies.
 */
const ALLOWED_HEADERS = 'Authorization, Content-Type, If-Match, If-None-Match';
const EXPOSED_HEADERS = 'ETag, Retry-After, Location';

export function corsHeaders(origin: string | null, allowed: ReadonlySet<string>): Record<string, string> {
  if (!origin || !allowed.has(origin)) return allowed.size > 0 ? { Vary: 'Origin' } : {};
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': EXPOSED_HEADERS, Vary: 'Origin' };
}

/** The answer to a preflight (`OPTIONS` with `Access-Control-Request-Method`). */
export function preflightHeaders(
  origin: string | null,
  allowed: ReadonlySet<string>,
  methods: string[],
): Record<string, string> {
  const base = corsHeaders(origin, allowed);
  if (!base['Access-Control-Allow-Origin']) return base;
  return {
    ...base,
    'Access-Control-Allow-Methods': methods.join(', '),
    'Access-Control-Allow-Headers': ALLOWED_HEADERS,
    'Access-Control-Max-Age': '600',
  };
}
