import { ok, refuse, type Outcome } from '../errors/app-error';
import { FORMER_MEMBER } from './relationship-schemas';

/**
 * Who can be someone's peer. A peer 1:1 is between colleagues outside a reporting line, so the
 * caller's own manager and direct reports are refused, and so are oneself and ids nobody knows.
 */

export type IneligibleReason = 'empty' | 'unknown' | 'self' | 'manager' | 'direct-report';

export interface PeerCandidate {
  /** The directory id of the person found, or null when the directory found nobody. */
  id: string | null;
}

export interface ReportingLine {
  /** The caller's manager, if they have one. */
  managerId: string | null | undefined;
  directReportIds: readonly string[];
}

/**
 * The problem code for each reason: a reporting line is `not-a-peer` (422); naming nobody,
 * someone unknown or oneself stays `invalid-input` (400, naming the field), as the API has
 * always answered.
 */
export const refusalCodes: Record<IneligibleReason, 'not-a-peer' | 'invalid-input'> = {
  empty: 'invalid-input',
  unknown: 'invalid-input',
  self: 'invalid-input',
  manager: 'not-a-peer',
  'direct-report': 'not-a-peer',
};

const messages: Record<IneligibleReason, string> = {
  empty: 'Name the peer by user id or mail',
  unknown: 'No user with this id or mail in your organisation',
  self: 'A peer 1:1 needs someone other than you',
  manager: 'This is your manager; peer 1:1s are with colleagues outside your reporting line',
  'direct-report': 'This person reports to you; peer 1:1s are with colleagues outside your reporting line',
};

/** Why a candidate cannot be the caller's peer, or null when they can. */
export function ineligibility(
  callerId: string,
  candidate: PeerCandidate,
  line: ReportingLine,
): IneligibleReason | null {
  const id = candidate.id?.trim() ?? null;
  if (id === '') return 'empty';
  if (id === null || id === FORMER_MEMBER) return 'unknown';
  if (id === callerId) return 'self';
  if (line.managerId != null && id === line.managerId) return 'manager';
  if (line.directReportIds.includes(id)) return 'direct-report';
  return null;
}

/** The reason in words, for a greyed-out search result or a problem body. */
export const ineligibleMessage = (reason: IneligibleReason) => messages[reason];

/** The rule as an outcome for a service: the peer id, or a refusal with the reason in words. */
export function checkPeer(
  callerId: string,
  candidate: PeerCandidate,
  line: ReportingLine,
  field = 'peer',
): Outcome<string> {
  const reason = ineligibility(callerId, candidate, line);
  if (reason === null && candidate.id) return ok(candidate.id.trim());
  const why = reason ?? 'unknown';
  return refuse(refusalCodes[why], messages[why], field);
}
