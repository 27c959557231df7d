/**
 * Headers for every API response. Answers are JSON about named people (personal data): never
 * cached by browsers or proxies, never sniffed into HTML, never framed, never referred onwards.
 */
export const API_RESPONSE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
});

/** Adds the API headers to a response's own, without overriding one the route set on purpose. */
export function withApiHeaders(headers: Record<string, string> = {}): Record<string, string> {
  const present = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  const added = Object.entries(API_RESPONSE_HEADERS).filter(([name]) => !present.has(name.toLowerCase()));
  return { ...headers, ...Object.fromEntries(added) };
}
