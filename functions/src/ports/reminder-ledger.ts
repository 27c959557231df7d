import type { DeepLinkTarget, ReminderKind } from '../../../shared/reminders/reminder-types';

/** What became of one reminder. `claimed` means an instance is sending it right now. */
export type LedgerState = 'claimed' | 'sent' | 'held' | 'undeliverable' | 'failed';

/** The ledger key: (tenant, recipient, kind, relationship, occurrence); the tenant is passed apart. */
export interface LedgerKey {
  recipient: string;
  kind: ReminderKind;
  relationshipId: string;
  occurrence: string;
}

export interface LedgerEntry extends LedgerKey {
  state: LedgerState;
  payload: Record<string, string | number>;
  target: DeepLinkTarget;
  /** The recipient's local date the reminder went (or will go) out on. */
  day?: string;
  holdUntil?: number;
  claimedAt?: number;
  sentAt?: number;
  attempts: number;
  updatedAt: number;
}

/** Proof of owning a reminder's send; settle it with the etag. */
export interface LedgerClaim {
  entry: LedgerEntry;
  etag: string;
  /** The day slot (`claimDay`) was taken in the same write, so there is no need to ask for it. */
  dayClaimed?: boolean;
}

/**
 * A claim older than this is taken to belong to an instance that died between claiming and
 * settling, and may be claimed again. Sends take seconds; 15 minutes leaves a wide margin. Graph
 * may have delivered it already, so a recovered claim risks one duplicate, never a loss.
 */
export const STALE_CLAIM_MS = 15 * 60_000;
/** Failed sends are retried on later passes up to this many attempts in all. */
export const MAX_ATTEMPTS = 5;

/**
 * `heldEtag`: the etag a hold of this reminder was written with, when the pass that held it kept
 * it. Taking over (or moving) that hold is then one guarded write with no read; if the row has
 * changed since, the usual read-then-write applies.
 */
export type ClaimRequest = Pick<LedgerEntry, keyof LedgerKey | 'payload' | 'target' | 'day'> & { heldEtag?: string };
export type HoldRequest = Pick<LedgerEntry, keyof LedgerKey | 'payload' | 'target'> & { heldEtag?: string };
export interface SettleOutcome {
  state: Exclude<LedgerState, 'claimed'>;
  now: number;
  holdUntil?: number;
}

export interface ReminderLedger {
  /** Takes the recipient's one slot for this relationship on `day`; false when another reminder has it. */
  claimDay(tenantId: string, key: LedgerKey, day: string): Promise<boolean>;
  /** Gives back a day slot taken by `key` (its send was deferred, so the day is still free). */
  releaseDay(tenantId: string, key: LedgerKey, day: string): Promise<void>;
  /** Ends a claim: sent, undeliverable, failed (retried later) or held again (rate limited). */
  settle(tenantId: string, claim: LedgerClaim, outcome: SettleOutcome): Promise<void>;
  /**
   * Claims the right to send many reminders, with each one's day slot, in batch transactions: a
   * row is created, or a held, failed or stale-claimed one taken over with its etag. The answers
   * are in the order asked (null: someone else has it or it is settled).
   */
  claimAll(
    tenantId: string,
    entries: ReadonlyArray<ClaimRequest & { day: string }>,
    now: number,
  ): Promise<Array<LedgerClaim | null>>;
  /**
   * Records holds in batch transactions (created if new; a held row's release time moves), never
   * overwriting a settled row. The held rows' etags are in the order asked (null: settled or claimed).
   */
  holdAll(
    tenantId: string,
    holds: ReadonlyArray<{ entry: HoldRequest; until: number }>,
    now: number,
  ): Promise<Array<string | null>>;
  /** `settle` for many claims at once, in batch transactions. */
  settleAll(tenantId: string, settles: ReadonlyArray<{ claim: LedgerClaim; outcome: SettleOutcome }>): Promise<void>;
  get(tenantId: string, key: LedgerKey): Promise<LedgerEntry | null>;
  /** The recipient's reminders updated since `since`, newest first (the tab's Activity panel). */
  listRecent(tenantId: string, recipient: string, since: number, limit: number): Promise<LedgerEntry[]>;
  /** Erasure: removes every row of the recipient. Returns how many went. */
  deleteRecipient(tenantId: string, recipient: string): Promise<number>;
}
