import { z } from 'zod';
import { ineligibility, type ReportingLine } from '../relationships/peer-eligibility';
import { peerProfileSchema, type PeerProfile } from '../relationships/relationship-schemas';

/** Why someone a search found cannot be the caller's peer (the reasons a person can be shown). */
export const notPeerReasonSchema = z.enum(['manager', 'direct-report', 'self']);
export type NotPeerReason = z.infer<typeof notPeerReasonSchema>;

export const peerEligibilitySchema = z.object({
  eligible: z.boolean(),
  /** Present exactly when `eligible` is false. */
  reason: notPeerReasonSchema.optional(),
});
export type PeerEligibility = z.infer<typeof peerEligibilitySchema>;

/** One person of `GET /peers/search`: the profile, and whether they can be the caller's peer. */
export const searchedPersonSchema = peerProfileSchema.extend({ eligibility: peerEligibilitySchema });
export type SearchedPerson = z.infer<typeof searchedPersonSchema>;

export const peopleSearchResultSchema = z.object({ people: z.array(searchedPersonSchema) });
export type PeopleSearchResult = z.infer<typeof peopleSearchResultSchema>;

/**
 * Marks each person found with the peer rule `POST /relationships` enforces (the same
 * `ineligibility`), so a search never offers someone the API would then refuse.
 */
export function withEligibility(
  callerId: string,
  people: readonly PeerProfile[],
  line: ReportingLine,
): SearchedPerson[] {
  return people.map((person) => {
    const reason = ineligibility(callerId, { id: person.id }, line);
    // 'empty' and 'unknown' cannot come from the directory's own answer; a person it returned is real.
    if (reason === 'manager' || reason === 'direct-report' || reason === 'self')
      return { ...person, eligibility: { eligible: false, reason } };
    return { ...person, eligibility: { eligible: true } };
  });
}
