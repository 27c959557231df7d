import { importJWK, type CryptoKey, type JWK, type JWSHeaderParameters } from 'jose';
import { LRUCache } from 'lru-cache';

/** Why a key could not be found; the validator turns each into a 401 (or 503 for `busy`). */
export type KeyLookupFailure = 'unknown-kid' | 'no-key-set' | 'busy';

export class KeyLookupError extends Error {
  constructor(
    readonly reason: KeyLookupFailure,
    message: string,
  ) {
    super(message);
    this.name = 'KeyLookupError';
  }
}

export interface JwksCacheOptions {
  /** Reads a JWKS document; throws or returns a non-key-set on failure. Defaults to fetch with a timeout. */
  fetchJson?: (uri: string) => Promise<unknown>;
  now?: () => number;
  /** Key sets kept at once (one per issuer/tenant); the least recently used goes first. */
  maxKeySets?: number;
  /** A key set older than this is re-read on next use (keys rotate). */
  maxAgeMs?: number;
  /** A key set that could not be read is not asked again for this long. */
  negativeTtlMs?: number;
  /** An unknown `kid` re-reads the issuer's key set at most this often. */
  refreshIntervalMs?: number;
  /** Key sets read for issuers not yet cached, per minute (the `*` tenant mode flood guard). */
  maxNewKeySetsPerMinute?: number;
  fetchTimeoutMs?: number;
}

interface KeySet {
  keys: Map<string, JWK>;
  imported: Map<string, CryptoKey | Uint8Array>;
  fetchedAt: number;
}
type Entry = { kind: 'keys'; set: KeySet } | { kind: 'missing'; until: number };

const MINUTE = 60_000;

/**
 * A bounded cache of issuers' signing keys. Unlike a map that grows with every tenant it sees, it
 * holds at most `maxKeySets` sets, remembers failures for a while, re-reads a set on an unknown
 * `kid` at most once per `refreshIntervalMs`, and reads at most `maxNewKeySetsPerMinute` new sets.
 */
export function createJwksCache(options: JwksCacheOptions = {}) {
  const now = options.now ?? Date.now;
  const maxAgeMs = options.maxAgeMs ?? 60 * MINUTE;
  const negativeTtlMs = options.negativeTtlMs ?? 5 * MINUTE;
  const refreshIntervalMs = options.refreshIntervalMs ?? MINUTE;
  const maxNew = options.maxNewKeySetsPerMinute ?? 20;
  const timeoutMs = options.fetchTimeoutMs ?? 5_000;
  const fetchJson =
    options.fetchJson ??
    (async (uri: string) => {
      const response = await fetch(uri, { signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok) throw new Error(`JWKS answered ${response.status}`);
      return response.json();
    });
  const entries = new LRUCache<string, Entry>({ max: options.maxKeySets ?? 100 });
  const lastRead = new LRUCache<string, number>({ max: (options.maxKeySets ?? 100) * 2 });
  const inFlight = new Map<string, Promise<Entry>>();
  const newReads: number[] = [];
  let reads = 0;

  async function read(uri: string, previous: KeySet | undefined): Promise<Entry> {
    reads += 1;
    lastRead.set(uri, now());
    try {
      const keys = keysFrom(await fetchJson(uri));
      if (keys.size === 0) throw new Error('no signing keys');
      const entry: Entry = { kind: 'keys', set: { keys, imported: new Map(), fetchedAt: now() } };
      entries.set(uri, entry);
      return entry;
    } catch {
      // Keep serving keys we already trust rather than locking everyone out on a blip.
      const entry: Entry = previous
        ? { kind: 'keys', set: previous }
        : { kind: 'missing', until: now() + negativeTtlMs };
      entries.set(uri, entry);
      return entry;
    }
  }

  function readOnce(uri: string, previous: KeySet | undefined): Promise<Entry> {
    const pending = inFlight.get(uri);
    if (pending) return pending;
    const started = read(uri, previous).finally(() => inFlight.delete(uri));
    inFlight.set(uri, started);
    return started;
  }

  function admitNewIssuer(): boolean {
    const t = now();
    while (newReads.length > 0 && (newReads[0] ?? 0) <= t - MINUTE) newReads.shift();
    if (newReads.length >= maxNew) return false;
    newReads.push(t);
    return true;
  }

  async function keyFor(uri: string, header: JWSHeaderParameters): Promise<CryptoKey | Uint8Array> {
    const kid = header.kid ?? '';
    let entry = entries.get(uri);
    if (entry?.kind === 'missing' && entry.until <= now()) entry = undefined;
    if (!entry) {
      if (!inFlight.has(uri) && !admitNewIssuer()) {
        throw new KeyLookupError('busy', 'Too many new issuers this minute.');
      }
      entry = await readOnce(uri, undefined);
    } else if (entry.kind === 'keys') {
      const stale = entry.set.fetchedAt + maxAgeMs <= now();
      const unknown = !entry.set.keys.has(kid);
      const mayRefresh = (lastRead.get(uri) ?? 0) + refreshIntervalMs <= now();
      if ((stale || unknown) && mayRefresh) entry = await readOnce(uri, entry.set);
    }
    if (entry.kind === 'missing') throw new KeyLookupError('no-key-set', 'The issuer has no readable key set.');
    const set = entry.set;
    const jwk = set.keys.get(kid);
    if (!jwk) throw new KeyLookupError('unknown-kid', 'The token was signed by an unknown key.');
    let key = set.imported.get(kid);
    if (!key) {
      key = await importJWK(jwk, 'RS256');
      set.imported.set(kid, key);
    }
    return key;
  }

  return {
    keyFor,
    /** Key-set reads so far (successful or not), for tests and diagnostics. */
    reads: () => reads,
    size: () => entries.size,
  };
}
export type JwksCache = ReturnType<typeof createJwksCache>;

/** Only RSA signing keys with a kid are usable: no symmetric keys, so no HS256-with-public-key. */
function keysFrom(document: unknown): Map<string, JWK> {
  const keys = new Map<string, JWK>();
  const list = (document as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(list)) return keys;
  for (const item of list.slice(0, 50) as JWK[]) {
    if (item && item.kty === 'RSA' && typeof item.kid === 'string' && (item.use ?? 'sig') === 'sig') {
      keys.set(item.kid, item);
    }
  }
  return keys;
}
