/** Per-route latencies and statuses gathered while the load runs, and how they are printed. */
export class RouteStats {
  private readonly latencies = new Map<string, number[]>();
  private readonly statuses = new Map<string, Map<number, number>>();

  record(route: string, status: number, ms: number): void {
    let list = this.latencies.get(route);
    if (!list) this.latencies.set(route, (list = []));
    list.push(ms);
    let counts = this.statuses.get(route);
    if (!counts) this.statuses.set(route, (counts = new Map()));
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }

  /** Responses of 500 or above, and any other status a route does not expect. */
  unexpected(expected: (route: string, status: number) => boolean): number {
    let count = 0;
    for (const [route, counts] of this.statuses) {
      for (const [status, n] of counts) if (!expected(route, status)) count += n;
    }
    return count;
  }

  total(): number {
    let n = 0;
    for (const list of this.latencies.values()) n += list.length;
    return n;
  }

  table(): string[] {
    const rows = [...this.latencies.entries()].map(([route, list]) => {
      const sorted = [...list].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
      const statuses = [...(this.statuses.get(route) ?? new Map<number, number>()).entries()]
        .sort(([a], [b]) => a - b)
        .map(([status, n]) => `${status}×${n}`)
        .join(' ');
      return [route, String(list.length), at(0.5).toFixed(1), at(0.95).toFixed(1), at(0.99).toFixed(1), statuses];
    });
    const header = ['route', 'requests', 'p50 ms', 'p95 ms', 'p99 ms', 'statuses'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells: string[]) =>
      cells.map((c, i) => (i === 0 || i === 5 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    return [line(header), ...rows.map(line)].map((row) => row.trimEnd());
  }
}
