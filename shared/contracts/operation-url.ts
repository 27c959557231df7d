import type { OperationDefinition } from './operation';

/**
 * The one place a request path is built: each `{name}` of the template is replaced by its value,
 * percent-encoded, so ids never change the shape of a URL. Throws when a value is missing.
 */
export function operationPath(operation: Pick<OperationDefinition, 'path'>, params: object = {}): string {
  const values = params as Record<string, unknown>;
  const path = operation.path.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = values[name];
    if (typeof value !== 'string' || value === '') throw new Error(`Missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
  return `/${path}`;
}

/** `?a=1&b=x` from the defined values of a query object ('' when none). */
export function queryString(query: object = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query as Record<string, unknown>)) {
    if (value !== undefined && value !== null) search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
