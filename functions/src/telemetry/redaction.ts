import { createHash } from 'node:crypto';

/** What telemetry may carry: scalars only, after redaction. */
export type TelemetryValue = string | number | boolean;
export type TelemetryAttributes = Record<string, TelemetryValue>;

/**
 * Keys that name personal content or credentials are dropped whatever their value: note, agenda and
 * commitment text, event details, tokens, mail addresses, raw user ids. Telemetry identifies people only
 * by tenant id and a salted hash of the user id (`peer.user_hash`).
 */
const FORBIDDEN_KEY =
  /text|note|agenda|commitment|subject|body|content|question|reason|token|secret|password|authori[sz]ation|cookie|mail|upn|principal|address|attendee|event|location|display_?name|user_?id|userid|\boid\b/i;

const EMAIL = /[^\s@"'<>]+@[^\s@"'<>]+\.[^\s@"'<>]+/g;
const JWT = /eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;
const BEARER = /\bBearer\s+\S+/gi;
/** Free text is long; identifiers and operation names are short. Longer strings are not kept. */
const MAX_STRING = 200;

export const REDACTED = '[redacted]';

export function isForbiddenKey(key: string): boolean {
  // The hashed user reference is the one sanctioned way to name a user.
  return key !== 'peer.user_hash' && FORBIDDEN_KEY.test(key);
}

/** Masks mail addresses and tokens inside a string, and drops strings long enough to be free text. */
export function redactString(value: string): string {
  if (value.length > MAX_STRING) return REDACTED;
  return value.replace(JWT, REDACTED).replace(BEARER, REDACTED).replace(EMAIL, REDACTED);
}

export function redactAttributes(attributes: Record<string, unknown> | undefined): TelemetryAttributes {
  const out: TelemetryAttributes = {};
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (isForbiddenKey(key)) continue;
    if (typeof value === 'string') out[key] = redactString(value);
    else if (typeof value === 'number' || typeof value === 'boolean') out[key] = value;
    // objects and arrays are never recorded: they are where content hides
  }
  return out;
}

/** A stable, non-reversible reference to a user for one deployment (the salt is a deployment secret). */
export function hashUserId(userId: string, salt: string): string {
  return createHash('sha256').update(salt).update('\u0000').update(userId).digest('base64url').slice(0, 22);
}
