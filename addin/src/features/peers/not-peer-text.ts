import type { PeerEligibility } from '../../../../shared/discovery/search-eligibility';
import type { Translator } from '../../i18n/use-messages';

/** Why a person found cannot be the caller's peer, in the page's words; undefined when they can be. */
export function notPeerText(t: Translator['t'], eligibility: PeerEligibility): string | undefined {
  if (eligibility.eligible || eligibility.reason === undefined) return undefined;
  return t(`peers.notPeer.${eligibility.reason}`);
}
