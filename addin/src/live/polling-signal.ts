import { Listeners, type ChangeKind, type ChangeSignal } from './change-signal';

/** The answer to a conditional GET: 304 when the ETag still matches, else the new ETag. */
export type ConditionalResult = { status: 304 } | { status: 200; etag: string | null };

/** One conditional request for a list: the page's API client sends `If-None-Match: <etag>`. */
export type ConditionalFetch = (kind: ChangeKind, etag: string | null) => Promise<ConditionalResult>;

/** Whether the page is visible, and changes of it (document.visibilityState in a browser). */
export interface Visibility {
  hidden(): boolean;
  onChange(listener: () => void): () => void;
}

export interface PollingOptions {
  kinds: readonly ChangeKind[];
  fetch: ConditionalFetch;
  /** When the meeting ends (epoch ms); polling stops after it. */
  endsAt?: number;
  /** Interval while visible; 3 s by default (what the side panel polled at before). */
  intervalMs?: number;
  /** Interval while the page is hidden: 30 s. */
  hiddenIntervalMs?: number;
  now?: () => number;
  visibility?: Visibility;
  setTimer?: (run: () => void, ms: number) => () => void;
}

export const VISIBLE_INTERVAL_MS = 3_000;
export const HIDDEN_INTERVAL_MS = 30_000;

/**
 * The fallback change signal: polls each kind with If-None-Match, so an unchanged list costs a
 * 304 and no body. Backs off while the page is hidden, and stops once the meeting is over.
 * The first answer only records the ETag (the page has just loaded that list itself).
 */
export function createPollingSignal(options: PollingOptions): ChangeSignal {
  const now = options.now ?? Date.now;
  const visibility = options.visibility ?? documentVisibility();
  const setTimer = options.setTimer ?? defaultTimer;
  const listeners = new Listeners();
  const etags = new Map<ChangeKind, string | null>();
  let cancel: (() => void) | undefined;
  let closed = false;
  let polling = false;

  const interval = () =>
    visibility.hidden()
      ? (options.hiddenIntervalMs ?? HIDDEN_INTERVAL_MS)
      : (options.intervalMs ?? VISIBLE_INTERVAL_MS);
  const over = () => closed || (options.endsAt !== undefined && now() >= options.endsAt);

  const schedule = (ms: number) => {
    cancel?.();
    cancel = over() ? undefined : setTimer(() => void poll(), ms);
  };

  async function poll() {
    if (over() || polling) return;
    polling = true;
    try {
      for (const kind of options.kinds) {
        const known = etags.has(kind);
        try {
          const result = await options.fetch(kind, etags.get(kind) ?? null);
          if (result.status === 200 && (!known || result.etag !== etags.get(kind))) {
            etags.set(kind, result.etag);
            if (known) listeners.emit(kind);
          }
        } catch {
          // A failed poll is retried at the next tick; the page keeps what it shows.
        }
        if (over()) return;
      }
    } finally {
      polling = false;
      schedule(interval());
    }
  }

  // Coming back to the page polls at once instead of waiting out the hidden interval.
  const stopWatching = visibility.onChange(() => schedule(visibility.hidden() ? interval() : 0));
  schedule(0);

  return {
    publish: async () => undefined,
    subscribe: (listener) => listeners.add(listener),
    close() {
      closed = true;
      cancel?.();
      stopWatching();
      listeners.clear();
    },
  };
}

function defaultTimer(run: () => void, ms: number): () => void {
  const id = setTimeout(run, ms);
  return () => clearTimeout(id);
}

function documentVisibility(): Visibility {
  return {
    hidden: () => document.visibilityState === 'hidden',
    onChange(listener) {
      document.addEventListener('visibilitychange', listener);
      return () => document.removeEventListener('visibilitychange', listener);
    },
  };
}
