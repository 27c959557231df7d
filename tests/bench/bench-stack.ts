import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, type Stack, type StackOptions } from '../../dev/stack';

/** The real local stack on free ports with throwaway data, for benchmarks (outside vitest). */
export async function startBenchStack(
  options: Partial<Pick<StackOptions, 'web' | 'staticRoot' | 'throttle'>> = {},
): Promise<Stack & { graphStats(): Promise<GraphStats>; resetGraphStats(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'peer1on1s-bench-'));
  const stack = await startStack({
    ports: { tables: 0, demoTenant: 0, functions: 0, web: 0 },
    dataDir,
    web: 'none',
    ...options,
  });
  return {
    ...stack,
    graphStats: async () => (await (await fetch(`${stack.tenant.url}/demo/stats`)).json()) as GraphStats,
    resetGraphStats: async () => {
      await fetch(`${stack.tenant.url}/demo/stats/reset`, { method: 'POST' });
    },
    close: async () => {
      await stack.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface GraphStats {
  total: number;
  byRoute: Record<string, number>;
}

/** Median and 95th percentile of a list of durations, in the list's unit. */
export function percentiles(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}
