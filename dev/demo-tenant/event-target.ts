import { accessDenied, notFound, type GraphContext, type GraphResponse } from './graph-http';
import { eventInstances, involves } from './calendar';
import type { TenantEvent, TenantUser } from './tenant-schema';
import { findUser } from './tenant-state';
import type { Params } from './routes-directory';

// Which mailbox an event route acts on, and which event or occurrence an id names in it.

/** `<seriesId>_<yyyymmddThhmmssZ>`: the occurrence id graph-shapes hands out. */
const OCCURRENCE_ID = /^(.+)_(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

export interface EventTarget {
  event: TenantEvent;
  /** Set when the id names one occurrence of a series: its start instant. */
  occurrenceStartMs?: number;
}

/**
 * The mailbox owner of `/me/...` or `/users/{id}/...`. A delegated caller may act only on their own
 * mailbox (403, as Graph answers without shared-calendar rights); an app-only caller on anyone's.
 */
export function mailboxOwner(ctx: GraphContext, params: Params): TenantUser | GraphResponse {
  const id = params['id'];
  if (id === undefined) return ctx.user ?? accessDenied(ctx);
  const owner = findUser(ctx.state.data, id);
  if (!owner) return notFound(ctx, `The requested user '${id}' is invalid.`, 'ErrorInvalidUser');
  if (ctx.user && ctx.user.id !== owner.id) return accessDenied(ctx);
  return owner;
}

export function isResponse<T extends object>(x: T | GraphResponse): x is GraphResponse {
  return 'status' in x && 'headers' in x;
}

/** The event (or occurrence) with this id as it sits in the owner's calendar, if it does. */
export function findTarget(ctx: GraphContext, owner: TenantUser, id: string | undefined): EventTarget | undefined {
  if (!id) return undefined;
  const events = ctx.state.data.events;
  const direct = events.find((e) => e.id === id);
  if (direct) return involves(direct, owner.id) ? { event: direct } : undefined;
  const m = OCCURRENCE_ID.exec(id);
  if (!m) return undefined;
  const [, seriesId, y, mo, d, h, mi, s] = m;
  const event = events.find((e) => e.id === seriesId);
  if (!event?.recurrence || !involves(event, owner.id)) return undefined;
  const startMs = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const live = eventInstances(event, ctx.state.data, { startMs, endMs: startMs + 1 }, owner.id).some(
    (i) => i.startMs === startMs,
  );
  return live ? { event, occurrenceStartMs: startMs } : undefined;
}

export const itemNotFound = (ctx: GraphContext): GraphResponse =>
  notFound(ctx, 'The specified object was not found in the store.', 'ErrorItemNotFound');

/** Adds an instant to a list of ISO instants once. */
export function addInstant(list: string[] | undefined, ms: number): string[] {
  const iso = new Date(ms).toISOString();
  return list?.includes(iso) ? list : [...(list ?? []), iso];
}
