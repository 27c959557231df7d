/**
 * The browser security headers every page of the add-in is served with: by the static web server
 * and the Vite dev server here, and the same set for the production static host's configuration.
 */

/**
 * Hosts allowed to frame our pages, from Microsoft's "tab requirements" page (Teams platform docs):
 * all hosts are moving to *.cloud.microsoft; the older Teams, Microsoft 365 and Outlook domains
 * stay listed for the migration. https only: the hosts never frame us over plain http.
 */
export const MICROSOFT_365_FRAME_ANCESTORS = [
  'https://*.cloud.microsoft',
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
] as const;

/** Office.js is loaded from its CDN by the compose page (Microsoft requires the hosted copy). */
const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';
/** teams-js reads its list of valid host domains from here (it falls back to a built-in list). */
const TEAMS_JS_DOMAINS_ORIGIN = 'https://res.cdn.office.net';

export interface WebSecurityOptions {
  /** Origins MSAL talks to and frames for silent renewal (Entra mode), e.g. the authority origin. */
  authorityOrigins?: string[];
  /**
   * The Vite dev server only: its React refresh preamble is an inline module script, allowed by
   * this per-start nonce (Vite stamps it on the scripts it writes), plus the HMR web socket.
   */
  dev?: { nonce: string; hmrOrigin: string };
}

export function contentSecurityPolicy(apiOrigin: string | undefined, options: WebSecurityOptions = {}): string {
  const authority = options.authorityOrigins ?? [];
  const scripts = ["'self'", OFFICE_JS_ORIGIN, ...(options.dev ? [`'nonce-${options.dev.nonce}'`] : [])];
  const connect = [
    "'self'",
    ...(apiOrigin ? [apiOrigin] : []),
    ...authority,
    TEAMS_JS_DOMAINS_ORIGIN,
    ...(options.dev ? [options.dev.hmrOrigin] : []),
  ];
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': scripts,
    // Fluent UI (Griffel) inserts its atomic CSS as <style> rules at run time; styles cannot run code.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': connect,
    'frame-src': authority.length ? authority : ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': [...MICROSOFT_365_FRAME_ANCESTORS],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${[...new Set(sources)].join(' ')}`)
    .join('; ');
}

/** Sensors and devices the app never uses are switched off for it and anything it embeds. */
export const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'display-capture=()',
  'accelerometer=()',
  'gyroscope=()',
  'magnetometer=()',
].join(', ');

/** All headers for a page or static asset. `apiOrigin` is omitted when the API is same-origin (`/api`). */
export function webSecurityHeaders(apiOrigin?: string, options: WebSecurityOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(apiOrigin, options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
  };
}

/** The API origin and authority origins implied by the app's runtime configuration. */
export function securityOriginsOf(appConfig: { apiBaseUrl: string; auth: { mode: string; authority?: string } }): {
  apiOrigin?: string;
  authorityOrigins: string[];
} {
  const absolute = /^https?:\/\//i.test(appConfig.apiBaseUrl);
  return {
    ...(absolute ? { apiOrigin: new URL(appConfig.apiBaseUrl).origin } : {}),
    authorityOrigins: appConfig.auth.authority ? [new URL(appConfig.auth.authority).origin] : [],
  };
}
