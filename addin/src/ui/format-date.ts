/** Dates as people read them in their own locale and time zone ("Tue 3 Mar", "Tue 3 Mar, 09:30"). */
export function formatDate(iso: string, withTime = false): string {
  const date = new Date(iso);
  return date.toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(date.getFullYear() !== new Date().getFullYear() ? { year: 'numeric' } : {}),
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  });
}
