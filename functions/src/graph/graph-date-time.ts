/** Graph's `dateTime` without an offset, as sent under `Prefer: outlook.timezone="UTC"`, to epoch ms. */
export function graphUtcMillis(dateTime: string): number {
  return Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(dateTime) ? dateTime : `${dateTime}Z`);
}
