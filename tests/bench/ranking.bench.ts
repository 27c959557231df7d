import { rankPeers, type RankPeersInput } from '../../shared/discovery/peer-ranker';

const DAY = 86_400_000;
const departments = [
  ['Product', 'Product Manager'],
  ['Design', 'Product Designer'],
  ['Engineering', 'Software Engineer'],
  ['Marketing', 'Product Marketing Manager'],
  ['Sales', 'Account Executive'],
  ['Customer Success', 'Customer Success Manager'],
  ['Finance', 'Analyst'],
] as const;

/** Small seeded generator (mulberry32) so every run ranks the same calendar. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Meeting sizes skewed like a real calendar: mostly 1:1s and small groups, a few all-hands. */
function meetingSize(r: number, rand: () => number): number {
  if (r < 0.4) return 2;
  if (r < 0.75) return 3 + Math.floor(rand() * 3);
  if (r < 0.93) return 6 + Math.floor(rand() * 10);
  if (r < 0.98) return 16 + Math.floor(rand() * 45);
  return 100 + Math.floor(rand() * 201);
}

/** 90 days, 2,000 events, 300 distinct people besides the caller. */
function scenario(seed: number): RankPeersInput {
  const rand = seeded(seed);
  const now = Date.UTC(2026, 5, 1, 12);
  const ids = Array.from({ length: 300 }, (_, i) => `user-${i}`);
  const directory: RankPeersInput['directory'] = {};
  ids.forEach((id, i) => {
    const [department, jobTitle] = departments[i % departments.length]!;
    directory[id] = { displayName: `Person ${i}`, department, jobTitle };
  });
  // Close collaborators come from a smaller circle, so co-attendance is uneven like in life.
  const circle = ids.slice(0, 40);
  const meetings: RankPeersInput['meetings'] = [];
  for (let m = 0; m < 2000; m++) {
    const size = meetingSize(rand(), rand);
    const from = size <= 5 && rand() < 0.7 ? circle : ids;
    const attendees = new Set<string>(['me']);
    while (attendees.size < Math.min(size, from.length + 1)) {
      attendees.add(from[Math.floor(rand() * from.length)]!);
    }
    const start = now - Math.floor(rand() * 90 * DAY);
    meetings.push({ start, end: start + 30 * 60_000, attendeeIds: [...attendees] });
  }
  const people = ids.slice(0, 100).map((id, relevanceRank) => ({ id, relevanceRank, ...directory[id]! }));
  return {
    now,
    me: { id: 'me', department: 'Product', jobTitle: 'Group Product Manager' },
    managerId: 'user-7',
    directReportIds: ['user-14', 'user-21'],
    existingPeerIds: ['user-1', 'user-2'],
    people,
    meetings,
    directory,
    limit: 10,
  };
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

export default async function run(): Promise<void> {
  const inputs = [1, 2, 3].map(scenario);
  const attendances = inputs[0]!.meetings.reduce((n, m) => n + m.attendeeIds.length, 0);
  for (const input of inputs) rankPeers(input); // warm-up for the JIT
  const samples: number[] = [];
  for (let i = 0; i < 300; i++) {
    const input = inputs[i % inputs.length]!;
    const t0 = performance.now();
    rankPeers(input);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const top = rankPeers(inputs[0]!)[0];
  console.log(
    `ranking: 90 days, 2,000 events (${attendances} attendances), 300 people, limit 10 (top: ${top?.user.displayName}, score ${top?.score})`,
  );
  console.log(
    `ranking: median ${percentile(samples, 0.5).toFixed(3)} ms, p95 ${percentile(samples, 0.95).toFixed(3)} ms per request (goal: median < 20 ms)`,
  );
}
