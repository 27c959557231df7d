/**
 * What changed, in a word: the lists a page shows ('agenda', 'commitments', 'notes', …). A signal
 * carries no data; the backend stays the record and receivers re-fetch what the kind names.
 */
export type ChangeKind = string;

export type ChangeListener = (kind: ChangeKind) => void;

/** Tells the other people on a surface that something changed, and hears when they change it. */
export interface ChangeSignal {
  /** Announce a change this client made (after the API accepted it). */
  publish(kind: ChangeKind): Promise<void>;
  /** Hear changes made elsewhere; returns the unsubscribe. A client never hears its own publish. */
  subscribe(listener: ChangeListener): () => void;
  /** Stop listening and release connections and timers. */
  close(): void;
}

/** Listener bookkeeping shared by the implementations; a throwing listener never stops the others. */
export class Listeners {
  private readonly all = new Set<ChangeListener>();

  add(listener: ChangeListener): () => void {
    this.all.add(listener);
    return () => this.all.delete(listener);
  }

  emit(kind: ChangeKind) {
    for (const listener of [...this.all]) {
      try {
        listener(kind);
      } catch (error) {
        console.error('change listener failed', error);
      }
    }
  }

  clear() {
    this.all.clear();
  }
}
