import { ok, refuse, type Outcome } from '../errors/app-error';
import { FORMER_MEMBER } from './relationship-schemas';

/** The two members of a relationship, as stored (an erased member reads `former-member`). */
export type Members = readonly [string, string];

/** A live member: one of the two, and not the stand-in left by an erased one. */
export function isMember(userId: string, members: Members): boolean {
  return userId !== FORMER_MEMBER && members.includes(userId);
}

/** The other member, from `userId`'s side; `former-member` once the peer has erased their data. */
export function otherMember(userId: string, members: Members): string {
  return members[0] === userId ? members[1] : members[0];
}

/** Refuses anyone who is not one of the two live members (`forbidden`). */
export function requireMember(userId: string, members: Members): Outcome<string> {
  return isMember(userId, members) ? ok(userId) : refuse('forbidden', 'Only the two peers can do this');
}
