/**
 * The ONE list of browser security headers for the add-in pages: the static web server and the
 * Vite dev server send them, and the build writes them into the static host's config, so local
 * runs see what production sends.
 */

/**
 * Hosts allowed to frame the pages, from Microsoft's tab requirements (Teams platform docs): all
 * hosts are moving to *.cloud.microsoft; the older Teams, Microsoft 365 and Outlook domains stay
 * listed for the migration. https only: the hosts never frame us over plain http.
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
/**
 * Live Share in a Teams meeting: Teams hands the client its Azure Fluid Relay tenant and service
 * endpoint at run time (LiveShareClient asks the host's getFluidTenantInfo; the SDK itself maps the
 * older regional orderers alfred.<region>.fluidrelay.azure.com to us., eu. and global.
 * fluidrelay.azure.com). The service then points the client at regional orderer and storage hosts
 * under the same domain, over https and a socket.io web socket. Microsoft's docs ("Azure Fluid
 * Relay architecture", "How to: Connect to an Azure Fluid Relay service") name the endpoints only
 * as per-region values shown in the portal, not as a closed list, so the domain is allowed with a
 * host wildcard, for https and wss only. Tokens come through teams-js (postMessage), not the network.
 */
export const FLUID_RELAY_ORIGINS = ['https://*.fluidrelay.azure.com', 'wss://*.fluidrelay.azure.com'] as const;

export interface SecurityHeaderOptions {
  /** Origin of the API when it is not the pages' own (e.g. `https://x.azurewebsites.net`). */
  apiOrigin?: string;
  /** Add HSTS: only meaningful when the pages are served over https. */
  https?: boolean;
  /** Origins MSAL talks to and frames for silent renewal (Entra mode), e.g. the authority origin. */
  authorityOrigins?: string[];
  /**
   * The Vite dev server only: its React refresh preamble is an inline module script, allowed by
   * this per-start nonce (Vite stamps it on the scripts it writes), plus the HMR web socket.
   */
  dev?: { nonce: string; hmrOrigin: string };
}

export function contentSecurityPolicy(options: SecurityHeaderOptions = {}): string {
  const authority = options.authorityOrigins ?? [];
  const api = options.apiOrigin ? [originOf(options.apiOrigin)] : [];
  const dev = options.dev;
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", OFFICE_JS_ORIGIN, ...(dev ? [`'nonce-${dev.nonce}'`] : [])]], // no inline script
    // Fluent UI (Griffel) inserts <style> elements at run time; styles cannot run code.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    [
      'connect-src',
      [
        "'self'",
        ...api,
        ENTRA_ORIGIN,
        ...authority,
        TEAMS_JS_CDN,
        ...FLUID_RELAY_ORIGINS,
        ...(dev ? [dev.hmrOrigin] : []),
      ],
    ],
    ['frame-src', authority.length ? authority : ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', [...FRAME_ANCESTORS]],
  ];
  return directives.map(([name, values]) => `${name} ${[...new Set(values)].join(' ')}`).join('; ');
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

/** Header name → value. No X-Frame-Options: it cannot list several hosts and would block Teams. */
export function securityHeaders(options: SecurityHeaderOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    ...(options.https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
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

function originOf(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.hostname !== '127.0.0.1' && parsed.hostname !== 'localhost')
    throw new Error(`The API origin must be https (got ${parsed.origin})`);
  return parsed.origin;
}
