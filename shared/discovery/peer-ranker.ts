import { z } from 'zod';
import { SMALL_MEETING_MAX_ATTENDEES, suggestCadence } from './cadence';
import { suggestGoal } from './goals';
import { classifyRole, rolePairing, type RoleFamily } from './roles';
import type { PeerSuggestion, SuggestionReason } from './suggestion-schema';

const profileFields = {
  displayName: z.string(),
  /** Where Graph has one: the suggestions service reads working hours by mail. */
  mail: z.string().nullable().optional(),
  department: z.string().nullable().optional(),
  jobTitle: z.string().nullable().optional(),
};

export const rankPeersInputSchema = z.object({
  /** Epoch ms; the 90-day window ends here. */
  now: z.number(),
  me: z.object({
    id: z.string(),
    department: z.string().nullable().optional(),
    jobTitle: z.string().nullable().optional(),
  }),
  managerId: z.string().optional(),
  directReportIds: z.array(z.string()),
  existingPeerIds: z.array(z.string()),
  /** The caller's relevance-ranked people list. */
  people: z.array(
    z.object({
      id: z.string(),
      ...profileFields,
      /** 0 = most relevant. */
      relevanceRank: z.number().int().min(0),
    }),
  ),
  /** The caller's meetings; attendee ids include the organiser. */
  meetings: z.array(
    z.object({
      start: z.number(),
      end: z.number(),
      attendeeIds: z.array(z.string()),
    }),
  ),
  /** Profiles for ids that appear in meetings but not in `people`. */
  directory: z.record(z.string(), z.object(profileFields)),
  limit: z.number().int().min(1),
});
export type RankPeersInput = z.infer<typeof rankPeersInputSchema>;

const DAY_MS = 24 * 60 * 60 * 1000;
export const WINDOW_DAYS = 90;
/** Co-attendance fades with age: a meeting this many days old counts half. */
const RECENCY_HALF_LIFE_DAYS = 45;
/** Relevance rank at which the people-list signal has fallen to half. */
const RELEVANCE_HALF_RANK = 5;
/** Co-attendance weight at which the collaboration signal reaches ~63% of its maximum. */
const COLLAB_SCALE = 3;
/** How the three signals add up; together 1 so the score stays in 0..1. */
const W_COLLAB = 0.55;
const W_RELEVANCE = 0.25;
const W_PAIRING = 0.2;
/** Relevance ranks up to this are worth a reason of their own. */
const RELEVANCE_REASON_MAX_RANK = 10;

interface Tally {
  meetings: number;
  small: number;
  weight: number;
}

function normaliseDepartment(d: string | null | undefined): string {
  return (d ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Rank whom the caller could start peer 1:1s with. Pure: the caller fetches the signals.
 * Excludes the caller, their manager and direct reports (a peer 1:1 is between equals),
 * existing peers, and people in the caller's own department.
 */
export function rankPeers(input: RankPeersInput): PeerSuggestion[] {
  const { now, me } = input;
  const excluded = new Set<string>([me.id, ...input.directReportIds, ...input.existingPeerIds]);
  if (input.managerId) excluded.add(input.managerId);

  // One pass over the calendar: per co-attendee, how many meetings, how many small, and a
  // weight where small and recent meetings count most (1:1 = 1, a 40-person call ≈ 0.05).
  const windowStart = now - WINDOW_DAYS * DAY_MS;
  const decayPerMs = Math.LN2 / (RECENCY_HALF_LIFE_DAYS * DAY_MS);
  const tallies = new Map<string, Tally>();
  const seen = new Set<string>();
  for (const meeting of input.meetings) {
    if (meeting.start < windowStart || meeting.start > now) continue;
    seen.clear();
    for (const id of meeting.attendeeIds) seen.add(id);
    // The caller may be missing from the list (e.g. an invite forwarded to them); count them anyway.
    const size = seen.has(me.id) ? seen.size : seen.size + 1;
    const others = size - 1;
    if (others < 1) continue;
    const small = size <= SMALL_MEETING_MAX_ATTENDEES;
    const weight = (2 / (1 + others)) * Math.exp(-(now - meeting.start) * decayPerMs);
    for (const id of seen) {
      if (excluded.has(id)) continue;
      let t = tallies.get(id);
      if (!t) {
        t = { meetings: 0, small: 0, weight: 0 };
        tallies.set(id, t);
      }
      t.meetings += 1;
      if (small) t.small += 1;
      t.weight += weight;
    }
  }

  const relevance = new Map<string, (typeof input.people)[number]>();
  for (const p of input.people) {
    const prior = relevance.get(p.id);
    if (!excluded.has(p.id) && (!prior || p.relevanceRank < prior.relevanceRank)) relevance.set(p.id, p);
  }

  const myDepartment = normaliseDepartment(me.department);
  const myRole = classifyRole(me.department, me.jobTitle);

  const scored: Array<{ suggestion: PeerSuggestion; raw: number }> = [];
  const candidateIds = new Set<string>([...tallies.keys(), ...relevance.keys()]);
  for (const id of candidateIds) {
    const person = relevance.get(id);
    const profile = person ?? input.directory[id];
    if (!profile) continue; // nobody to show without a name
    const department = profile.department ?? input.directory[id]?.department ?? null;
    const jobTitle = profile.jobTitle ?? input.directory[id]?.jobTitle ?? null;
    const role = classifyRole(department, jobTitle);
    if (!isOtherTeam(myDepartment, myRole, normaliseDepartment(department), role)) continue;

    const tally = tallies.get(id) ?? { meetings: 0, small: 0, weight: 0 };
    const pairing = rolePairing(myRole, role);
    const pairWeight = pairing?.weight ?? 0;
    const collab = 1 - Math.exp(-tally.weight / COLLAB_SCALE);
    const relevanceScore = person ? 1 / (1 + person.relevanceRank / RELEVANCE_HALF_RANK) : 0;
    const raw = W_COLLAB * collab + W_RELEVANCE * relevanceScore + W_PAIRING * pairWeight;

    const reasons: string[] = [];
    const reasonFacts: SuggestionReason[] = [];
    if (tally.meetings > 0) {
      const smallPart = tally.small > 0 ? `, ${tally.small} of them small` : '';
      reasons.push(`${plural(tally.meetings, 'meeting')} together in the last ${WINDOW_DAYS} days${smallPart}`);
      reasonFacts.push({ kind: 'metTogether', meetings: tally.meetings, small: tally.small, days: WINDOW_DAYS });
    }
    if (pairing) {
      reasons.push(`${pairing.label} pairs well`);
      reasonFacts.push({ kind: 'rolesPair', first: pairing.families[0], second: pairing.families[1] });
    }
    if (person && person.relevanceRank < RELEVANCE_REASON_MAX_RANK) {
      reasons.push(`Among the ${RELEVANCE_REASON_MAX_RANK} people you work with most in Microsoft 365`);
      reasonFacts.push({ kind: 'workedWithMost', top: RELEVANCE_REASON_MAX_RANK });
    }

    const collabSignals = {
      meetingsLast90Days: tally.meetings,
      smallMeetingsLast90Days: tally.small,
      pairWeight,
    };
    const cadence = suggestCadence(collabSignals);
    scored.push({
      raw,
      suggestion: {
        user: { id, displayName: profile.displayName, department, jobTitle },
        score: Math.round(raw * 1000) / 1000,
        reasons,
        reasonFacts,
        cadenceWeeks: cadence.cadenceWeeks,
        cadenceReason: cadence.reason,
        cadenceReasonFacts: cadence.reasonFacts,
        goal: suggestGoal(collabSignals),
      },
    });
  }

  // Ties broken by name, then id, so the same signals always give the same list.
  scored.sort(
    (a, b) =>
      b.raw - a.raw ||
      a.suggestion.user.displayName.localeCompare(b.suggestion.user.displayName) ||
      (a.suggestion.user.id < b.suggestion.user.id ? -1 : a.suggestion.user.id > b.suggestion.user.id ? 1 : 0),
  );
  return scored.slice(0, input.limit).map((s) => s.suggestion);
}

/**
 * Someone is on another team when their department differs from the caller's. Without a
 * department on either side, fall back on role family: two engineers are likely one team.
 */
function isOtherTeam(
  myDepartment: string,
  myRole: RoleFamily,
  theirDepartment: string,
  theirRole: RoleFamily,
): boolean {
  if (myDepartment && theirDepartment) return myDepartment !== theirDepartment;
  return myRole === 'other' || theirRole === 'other' || myRole !== theirRole;
}
