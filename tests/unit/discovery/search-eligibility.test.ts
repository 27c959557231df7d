import { describe, expect, it } from 'vitest';
import { peopleSearchResultSchema, withEligibility } from '../../../shared/discovery/search-eligibility';
import { checkPeer } from '../../../shared/relationships/peer-eligibility';
import type { PeerProfile } from '../../../shared/relationships/relationship-schemas';

const profile = (id: string, displayName: string): PeerProfile => ({
  id,
  displayName,
  mail: `${id}@contoso.example`,
  department: 'Design',
  jobTitle: 'Designer',
});
const line = { managerId: 'boss', directReportIds: ['rob', 'ria'] };
const people = [
  profile('boss', 'Bea Boss'),
  profile('rob', 'Rob Report'),
  profile('ann', 'Ann Other'),
  profile('me', 'Me'),
];

describe('withEligibility', () => {
  it('marks the manager, direct reports and oneself with the reason, and everyone else eligible', () => {
    const marked = withEligibility('me', people, line);
    expect(marked.map((p) => [p.id, p.eligibility])).toEqual([
      ['boss', { eligible: false, reason: 'manager' }],
      ['rob', { eligible: false, reason: 'direct-report' }],
      ['ann', { eligible: true }],
      ['me', { eligible: false, reason: 'self' }],
    ]);
    // The profile is kept as found, and the answer matches the contract's schema.
    expect(marked[2]).toMatchObject(people[2]!);
    expect(peopleSearchResultSchema.parse({ people: marked }).people).toHaveLength(4);
  });

  it('agrees with the rule POST /relationships enforces (checkPeer) for every person', () => {
    for (const person of withEligibility('me', people, line)) {
      expect(checkPeer('me', { id: person.id }, line).ok).toBe(person.eligibility.eligible);
    }
  });

  it('marks nobody when the caller has no manager and no reports', () => {
    const marked = withEligibility('me', people.slice(0, 3), { managerId: null, directReportIds: [] });
    expect(marked.every((p) => p.eligibility.eligible)).toBe(true);
  });
});
