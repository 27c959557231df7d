import { runLoad } from '../load/run-load';

/** The load test, short: 10 s at 50 connections, with the recount of acknowledged writes. */
export default async function run(): Promise<void> {
  const { ok, lines } = await runLoad({ durationSeconds: 10, connections: 50 });
  for (const line of lines) console.log(line);
  if (!ok) throw new Error('the load run lost writes or answered unexpected statuses');
}
