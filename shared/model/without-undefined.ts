/**
 * Drops keys whose value is undefined. A parsed partial patch types its absent keys as
 * `T | undefined`; spreading that over a full record would (in type and at run time) let an
 * explicit undefined overwrite a stored value.
 */
export function withoutUndefined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
