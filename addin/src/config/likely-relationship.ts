import type { RelationshipListItem } from '../../../shared/relationships/relationship-schemas';

const HALF_DAY = 12 * 3_600_000;

/**
 * The relationship a meeting being set up most likely belongs to: the one with a meeting closest to
 * now (within half a day). Teams does not tell a tab who is in the meeting without extra consent.
 */
export function likelyRelationship(items: RelationshipListItem[], now: number): RelationshipListItem | undefined {
  let best: { item: RelationshipListItem; distance: number } | undefined;
  for (const item of items) {
    if (item.status === 'ended') continue;
    for (const at of [item.nextMeetingAt, item.lastMetAt]) {
      if (!at) continue;
      const distance = Math.abs(Date.parse(at) - now);
      if (distance <= HALF_DAY && (!best || distance < best.distance)) best = { item, distance };
    }
  }
  return best?.item;
}
