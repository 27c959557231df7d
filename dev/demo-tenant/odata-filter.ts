import type { TenantUser } from './tenant-schema';

// The small $filter subset the product uses on /users: id in (...), <prop> eq '...', startswith(<prop>,'...'),
// joined by "and". Anything else is rejected so callers learn early that Graph would need more.

const FILTERABLE = ['id', 'mail', 'department', 'displayName', 'jobTitle', 'userPrincipalName'] as const;
type Prop = (typeof FILTERABLE)[number];

const LITERAL = String.raw`'((?:[^']|'')*)'`;
const unquote = (s: string): string => s.replace(/''/g, "'");

function valueOf(u: TenantUser, prop: Prop): string {
  return (prop === 'userPrincipalName' ? u.mail : u[prop]).toLowerCase();
}

function propName(name: string): Prop | undefined {
  return FILTERABLE.find((p) => p.toLowerCase() === name.toLowerCase());
}

/** Splits on " and " outside string literals. */
function splitAnd(filter: string): string[] {
  const parts: string[] = [];
  let inQuote = false;
  let current = '';
  for (let i = 0; i < filter.length; i++) {
    const ch = filter[i];
    if (ch === "'") inQuote = !inQuote;
    if (!inQuote && /^\s+and\s+/i.test(filter.slice(i))) {
      parts.push(current);
      current = '';
      i += (/^\s+and\s+/i.exec(filter.slice(i))?.[0].length ?? 1) - 1;
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim());
}

function clause(text: string): ((u: TenantUser) => boolean) | string {
  let m = new RegExp(String.raw`^(\w+)\s+in\s+\((.*)\)$`, 'i').exec(text);
  if (m) {
    const prop = propName(m[1] ?? '');
    if (!prop) return `Property '${m[1]}' is not filterable.`;
    const values = [...(m[2] ?? '').matchAll(new RegExp(LITERAL, 'g'))].map((v) => unquote(v[1] ?? '').toLowerCase());
    return (u) => values.includes(valueOf(u, prop));
  }
  m = new RegExp(String.raw`^(\w+)\s+eq\s+${LITERAL}$`, 'i').exec(text);
  if (m) {
    const prop = propName(m[1] ?? '');
    if (!prop) return `Property '${m[1]}' is not filterable.`;
    const value = unquote(m[2] ?? '').toLowerCase();
    return (u) => valueOf(u, prop) === value;
  }
  m = new RegExp(String.raw`^startswith\(\s*(\w+)\s*,\s*${LITERAL}\s*\)$`, 'i').exec(text);
  if (m) {
    const prop = propName(m[1] ?? '');
    if (!prop) return `Property '${m[1]}' is not filterable.`;
    const value = unquote(m[2] ?? '').toLowerCase();
    return (u) => valueOf(u, prop).startsWith(value);
  }
  return `Unsupported $filter clause '${text}'.`;
}

/** A predicate for the filter, or an error message for a 400. */
export function parseUserFilter(filter: string): ((u: TenantUser) => boolean) | { error: string } {
  const predicates: Array<(u: TenantUser) => boolean> = [];
  for (const part of splitAnd(filter)) {
    const p = clause(part);
    if (typeof p === 'string') return { error: p };
    predicates.push(p);
  }
  return (u) => predicates.every((p) => p(u));
}
