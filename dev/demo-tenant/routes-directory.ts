import type { TenantUser } from './tenant-schema';
import {
  applySelect,
  badRequest,
  json,
  notFound,
  page,
  type GraphContext,
  type GraphRequest,
  type GraphResponse,
} from './graph-http';
import { graphUser } from './graph-shapes';
import { findUser } from './tenant-state';
import { parseUserFilter } from './odata-filter';
import { userCalendar } from './calendar';

// Users, manager, direct reports and people (relevance from calendar co-attendance).

const DAY_MS = 86_400_000;
export const PEOPLE_LOOKBACK_DAYS = 90;

export type Params = Record<string, string>;

function selected(u: TenantUser, req: GraphRequest): Record<string, unknown> {
  return applySelect(graphUser(u), req.query.get('$select'));
}

/** The user a /users/{id} route names, or the caller for /me routes. */
export function subject(ctx: GraphContext, params: Params): TenantUser | undefined {
  return params['id'] === undefined ? ctx.user : findUser(ctx.state.data, params['id']);
}

function userNotFound(ctx: GraphContext, id: string | undefined): GraphResponse {
  return notFound(
    ctx,
    `Resource '${id ?? ''}' does not exist or one of its queried reference-property objects are not present.`,
  );
}

export function getUser(req: GraphRequest, ctx: GraphContext, params: Params): GraphResponse {
  const u = subject(ctx, params);
  return u
    ? json(200, { '@odata.context': `${ctx.state.baseUrl}/v1.0/$metadata#users/$entity`, ...selected(u, req) })
    : userNotFound(ctx, params['id']);
}

export function listUsers(req: GraphRequest, ctx: GraphContext): GraphResponse {
  let users = ctx.state.data.users;
  const filter = req.query.get('$filter');
  if (filter) {
    const predicate = parseUserFilter(filter);
    if ('error' in predicate) return badRequest(ctx, predicate.error, 'Request_UnsupportedQuery');
    users = users.filter(predicate);
  }
  const result = page(
    ctx,
    req,
    users.map((u) => selected(u, req)),
    { defaultTop: 100, maxTop: 999, context: 'users' },
  );
  return 'error' in result ? badRequest(ctx, result.error) : result;
}

export function getManager(req: GraphRequest, ctx: GraphContext, params: Params): GraphResponse {
  const u = subject(ctx, params);
  if (!u) return userNotFound(ctx, params['id']);
  const manager = u.managerId ? findUser(ctx.state.data, u.managerId) : undefined;
  if (!manager)
    return notFound(
      ctx,
      `Resource 'manager' does not exist or one of its queried reference-property objects are not present.`,
    );
  return json(200, {
    '@odata.context': `${ctx.state.baseUrl}/v1.0/$metadata#directoryObjects/$entity`,
    ...selected(manager, req),
  });
}

export function getDirectReports(req: GraphRequest, ctx: GraphContext, params: Params): GraphResponse {
  const u = subject(ctx, params);
  if (!u) return userNotFound(ctx, params['id']);
  const reports = ctx.state.data.users.filter((r) => r.managerId === u.id).map((r) => selected(r, req));
  const result = page(ctx, req, reports, { defaultTop: 100, maxTop: 999, context: 'directoryObjects' });
  return 'error' in result ? badRequest(ctx, result.error) : result;
}

/** Co-attendance over the last 90 days; a meeting of n others adds 1/n to each of them. */
export function rankPeople(ctx: GraphContext, me: TenantUser): Array<{ user: TenantUser; score: number }> {
  const nowMs = ctx.state.now().getTime();
  const items = userCalendar(ctx.state.data, me.id, { startMs: nowMs - PEOPLE_LOOKBACK_DAYS * DAY_MS, endMs: nowMs });
  const scores = new Map<string, number>();
  for (const item of items) {
    const others = [item.event.organizerId, ...item.event.attendeeIds].filter((id) => id !== me.id);
    const unique = [...new Set(others)];
    for (const id of unique) scores.set(id, (scores.get(id) ?? 0) + 1 / unique.length);
  }
  return [...scores.entries()]
    .flatMap(([id, score]) => {
      const user = findUser(ctx.state.data, id);
      return user ? [{ user, score }] : [];
    })
    .sort((a, b) => b.score - a.score || a.user.displayName.localeCompare(b.user.displayName));
}

export function getPeople(req: GraphRequest, ctx: GraphContext): GraphResponse {
  if (!ctx.user) return userNotFound(ctx, 'me');
  const people = rankPeople(ctx, ctx.user).map(({ user, score }) => {
    const [givenName, ...rest] = user.displayName.split(' ');
    return applySelect(
      {
        id: user.id,
        displayName: user.displayName,
        givenName: givenName ?? user.displayName,
        surname: rest.join(' '),
        department: user.department,
        jobTitle: user.jobTitle,
        userPrincipalName: user.mail,
        scoredEmailAddresses: [
          { address: user.mail, relevanceScore: Math.round(score * 100) / 100, selectionLikelihood: 'notSpecified' },
        ],
        personType: { class: 'Person', subclass: 'OrganizationUser' },
      },
      req.query.get('$select'),
      ['id'],
    );
  });
  const result = page(ctx, req, people, { defaultTop: 10, maxTop: 1000, context: 'users/people' });
  return 'error' in result ? badRequest(ctx, result.error) : result;
}
