// DEMO_HANG: Graph requests matching a pattern are accepted and never answered, for fault tests.
// Patterns are comma-separated, each `[METHOD ]<path below /v1.0>` where `*` matches any run of
// characters: `POST /me/calendar/getSchedule`, `/users/*/mailboxSettings`, `*` (every Graph call).

export interface Hang {
  matches(method: string, path: string): boolean;
}

const METHODS = /^(GET|POST|PATCH|PUT|DELETE)\s+/i;

export function parseHang(spec: string | undefined): Hang {
  const patterns = (spec ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const method = METHODS.exec(p)?.[1]?.toUpperCase();
      const glob = method ? p.replace(METHODS, '') : p;
      if (!glob.startsWith('/') && glob !== '*')
        throw new Error(`invalid DEMO_HANG pattern '${p}': expected '[METHOD ]/path' with '*' wildcards`);
      const body = glob
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
      return { method, regex: new RegExp(`^${body}/?$`, 'i') };
    });
  return {
    matches: (method, path) => patterns.some((p) => (!p.method || p.method === method) && p.regex.test(path)),
  };
}

/** True when the request, or any part of a `$batch`, matches. */
export function hangs(hang: Hang, req: { method: string; path: string; body: unknown }): boolean {
  if (hang.matches(req.method, req.path)) return true;
  if (req.method !== 'POST' || !/^\/?\$batch\/?$/i.test(req.path)) return false;
  const parts = (req.body as { requests?: Array<{ method?: unknown; url?: unknown }> } | undefined)?.requests ?? [];
  return parts.some((p) => {
    if (typeof p.url !== 'string' || typeof p.method !== 'string') return false;
    const path = new URL(p.url.startsWith('/') ? p.url : `/${p.url}`, 'http://batch.invalid').pathname;
    return hang.matches(p.method.toUpperCase(), path.replace(/^\/v1\.0(?=\/)/i, ''));
  });
}
