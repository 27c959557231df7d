import { describe, expect, it } from 'vitest';
import { rankPeers, type RankPeersInput } from '../../../shared/discovery/peer-ranker';
import { peerSuggestionSchema } from '../../../shared/discovery/suggestion-schema';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 5, 1, 12);

type Directory = RankPeersInput['directory'];

const directory: Directory = {
  me: { displayName: 'Mia PM', department: 'Product', jobTitle: 'Product Manager' },
  boss: { displayName: 'Bea Boss', department: 'Engineering', jobTitle: 'VP Engineering' },
  report: { displayName: 'Rob Report', department: 'Design', jobTitle: 'Product Designer' },
  sameDept: { displayName: 'Sam Same', department: 'product', jobTitle: 'Group Product Manager' },
  existing: { displayName: 'Eve Existing', department: 'Sales', jobTitle: 'Account Executive' },
  eng: { displayName: 'Eli Engineer', department: 'Engineering', jobTitle: 'Software Engineer' },
  far: { displayName: 'Fay Far', department: 'Finance', jobTitle: 'Controller' },
  designer: { displayName: 'Dana Designer', department: 'Design', jobTitle: 'UX Designer' },
  finance: { displayName: 'Finn Finance', department: 'Finance', jobTitle: 'Analyst' },
};

function meeting(daysAgo: number, attendeeIds: string[]) {
  const start = NOW - daysAgo * DAY;
  return { start, end: start + 30 * 60 * 1000, attendeeIds };
}

/** A company meeting with `size` people, including the caller and `extra`. */
function allHands(daysAgo: number, extra: string[], size = 40) {
  const filler = Array.from({ length: size - 1 - extra.length }, (_, i) => `filler${i}`);
  return meeting(daysAgo, ['me', ...extra, ...filler]);
}

function input(overrides: Partial<RankPeersInput>): RankPeersInput {
  return {
    now: NOW,
    me: { id: 'me', department: 'Product', jobTitle: 'Product Manager' },
    managerId: 'boss',
    directReportIds: ['report'],
    existingPeerIds: ['existing'],
    people: [],
    meetings: [],
    directory,
    limit: 10,
    ...overrides,
  };
}

const ids = (xs: { user: { id: string } }[]) => xs.map((x) => x.user.id);

describe('rankPeers', () => {
  it('never suggests the caller, their manager, reports, own department or existing peers', () => {
    const everyone = ['me', 'boss', 'report', 'sameDept', 'existing', 'eng'];
    const result = rankPeers(
      input({
        meetings: [meeting(3, everyone), meeting(10, ['me', 'boss', 'report']), meeting(12, ['me', 'sameDept'])],
        people: everyone.map((id, relevanceRank) => ({ id, relevanceRank, ...directory[id]! })),
      }),
    );
    expect(ids(result)).toEqual(['eng']);
  });

  it('excludes same-department colleagues whatever the case or spacing of the department', () => {
    const result = rankPeers(
      input({
        me: { id: 'me', department: '  PRODUCT ', jobTitle: 'PM' },
        meetings: [meeting(1, ['me', 'sameDept'])],
      }),
    );
    expect(result).toEqual([]);
  });

  it('without departments, treats the same role family as the same team', () => {
    const result = rankPeers(
      input({
        me: { id: 'me', jobTitle: 'Senior Product Manager' },
        directory: {
          pm: { displayName: 'Other PM', jobTitle: 'PM' },
          swe: { displayName: 'Some SWE', jobTitle: 'SWE' },
        },
        meetings: [meeting(1, ['me', 'pm', 'swe'])],
      }),
    );
    expect(ids(result)).toEqual(['swe']);
  });

  it('ranks a colleague met in many small meetings above one seen only in all-hands', () => {
    const meetings = [
      meeting(5, ['me', 'far']),
      meeting(20, ['me', 'far']),
      meeting(40, ['me', 'far']),
      ...Array.from({ length: 12 }, (_, week) => allHands(week * 7 + 1, ['finance'], 200)),
    ];
    const result = rankPeers(input({ meetings, directory }));
    expect(ids(result).indexOf('far')).toBeLessThan(ids(result).indexOf('finance'));
    expect(result[0]!.user.id).toBe('far');
  });

  it('values recent meetings above old ones', () => {
    const result = rankPeers(input({ meetings: [meeting(2, ['me', 'far']), meeting(80, ['me', 'finance'])] }));
    expect(ids(result)).toEqual(['far', 'finance']);
  });

  it('ignores meetings outside the last 90 days and in the future', () => {
    const result = rankPeers(input({ meetings: [meeting(91, ['me', 'far']), meeting(-3, ['me', 'finance'])] }));
    expect(result).toEqual([]);
  });

  it('lets the role-pair bonus decide when the other signals tie', () => {
    // Same meetings and same relevance rank. By name alone "Finn" comes before "Zed", so only
    // the PM ↔ Engineering pairing can put the engineer first.
    const people = [
      { id: 'finance', relevanceRank: 4, ...directory.finance! },
      { id: 'eng', relevanceRank: 4, ...directory.eng!, displayName: 'Zed Engineer' },
    ];
    const meetings = [meeting(7, ['me', 'eng', 'finance'])];
    const withPm = rankPeers(input({ meetings, people }));
    expect(ids(withPm)).toEqual(['eng', 'finance']);
    expect(withPm[0]!.score).toBeGreaterThan(withPm[1]!.score);
    expect(withPm[0]!.reasons).toContain('Product ↔ Engineering pairs well');
    expect(withPm[1]!.reasons.some((r) => r.includes('pairs well'))).toBe(false);

    // A caller whose role pairs with neither gets a true tie, broken by name.
    const neutral = rankPeers(input({ me: { id: 'me', department: 'Legal', jobTitle: 'Counsel' }, meetings, people }));
    expect(ids(neutral)).toEqual(['finance', 'eng']);
    expect(neutral[0]!.score).toBe(neutral[1]!.score);
  });

  it('gives reasons that match the numbers', () => {
    const meetings = [
      meeting(1, ['me', 'designer']),
      meeting(10, ['me', 'designer', 'eng']),
      meeting(20, ['me', 'designer', 'eng', 'far', 'finance']),
      allHands(30, ['designer']),
      allHands(40, ['designer']),
      allHands(50, ['designer']),
      allHands(60, ['designer']),
      meeting(95, ['me', 'designer']), // outside the window
    ];
    const [top] = rankPeers(
      input({ meetings, people: [{ id: 'designer', relevanceRank: 0, ...directory.designer! }], limit: 1 }),
    );
    expect(top!.user).toEqual({
      id: 'designer',
      displayName: 'Dana Designer',
      department: 'Design',
      jobTitle: 'UX Designer',
    });
    expect(top!.reasons).toEqual([
      '7 meetings together in the last 90 days, 3 of them small',
      'Product ↔ Design pairs well',
      'Among the 10 people you work with most in Microsoft 365',
    ]);
    expect(top!.cadenceWeeks).toBe(4);
    expect(top!.cadenceReasonFacts).toEqual({ meetings: 7, small: 3, days: 90, basis: 'regular' });
    expect(top!.cadenceReason).toBe(
      '7 meetings together in the last 90 days, 3 of them small: regular collaborators, so every 4 weeks',
    );
    expect(top!.goal).toBe('ideas');
    expect(() => peerSuggestionSchema.parse(top)).not.toThrow();
  });

  it('counts the caller once even when they appear twice or not at all in the attendee list', () => {
    const result = rankPeers(input({ meetings: [meeting(1, ['eng', 'eng']), meeting(2, ['me', 'me', 'eng'])] }));
    expect(result[0]!.reasons[0]).toBe('2 meetings together in the last 90 days, 2 of them small');
  });

  it('suggests people from the relevance list with no shared meetings, and respects the limit', () => {
    const people = [
      { id: 'far', relevanceRank: 20, ...directory.far! },
      { id: 'eng', relevanceRank: 1, ...directory.eng! },
      { id: 'designer', relevanceRank: 2, ...directory.designer! },
    ];
    const result = rankPeers(input({ people, limit: 2 }));
    expect(ids(result)).toEqual(['eng', 'designer']);
    expect(result[0]!.reasons).not.toContain(expect.stringContaining('meetings together'));
  });

  it('skips people it cannot name', () => {
    expect(rankPeers(input({ meetings: [meeting(1, ['me', 'ghost'])] }))).toEqual([]);
  });

  it('scores stay between 0 and 1 for heavy collaborators', () => {
    const meetings = Array.from({ length: 300 }, (_, i) => meeting(i * 0.25, ['me', 'eng']));
    const [top] = rankPeers(input({ meetings, people: [{ id: 'eng', relevanceRank: 0, ...directory.eng! }] }));
    expect(top!.score).toBeLessThanOrEqual(1);
    expect(top!.score).toBeGreaterThan(0.9);
    expect(top!.cadenceWeeks).toBe(2);
    expect(top!.goal).toBe('workload');
  });
});
