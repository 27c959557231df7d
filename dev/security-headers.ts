/**
 * The response headers every add-in page carries, in the dev servers and on the static host (one list,
 * so local runs see what production sends). Sources: Microsoft's tab requirements (frame-ancestors for
 * the Teams, Outlook and Microsoft 365 hosts, including the newer *.cloud.microsoft domains).
 */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://*.cloud.microsoft',
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
  'https://outlook.live.com',
] as const;

/** Office.js must load from Microsoft's CDN (it is not allowed to be bundled). */
const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';
/** MSAL's fallback (outside nested app auth) talks to the Entra endpoints directly. */
const ENTRA_ORIGIN = 'https://login.microsoftonline.com';
/** teams-js fetches its list of valid host origins from here (it falls back to a built-in list). */
const TEAMS_JS_CDN = 'https://res.cdn.office.net';

export interface SecurityHeaderOptions {
  /** Origin of the API when it is not the pages' own (e.g. `https://x.azurewebsites.net`). */
  apiOrigin?: string;
  /** Add HSTS: only meaningful when the pages are served over https. */
  https?: boolean;
}

export function contentSecurityPolicy(options: SecurityHeaderOptions = {}): string {
  const api = options.apiOrigin ? [originOf(options.apiOrigin)] : [];
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", OFFICE_JS_ORIGIN]], // no inline script
    // Fluent UI (Griffel) inserts <style> elements at run time; scripts stay strict.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'self'", ...api, ENTRA_ORIGIN, TEAMS_JS_CDN]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', [...FRAME_ANCESTORS]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** Header name → value. No X-Frame-Options: it cannot list several hosts and would block Teams. */
export function securityHeaders(options: SecurityHeaderOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=(), ' +
      'magnetometer=(), gyroscope=(), accelerometer=()',
    ...(options.https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

function originOf(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.hostname !== '127.0.0.1' && parsed.hostname !== 'localhost')
    throw new Error(`The API origin must be https (got ${parsed.origin})`);
  return parsed.origin;
}
