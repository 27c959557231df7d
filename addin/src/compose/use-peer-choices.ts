import { useMemo, useState } from 'react';
import type { CadenceWeeks } from '../../../shared/discovery/cadence';
import type { Goal } from '../../../shared/discovery/goals';
import { fetchSuggestions, searchPeople } from '../api/peers-api';
import { fetchRelationships } from '../api/relationships-api';
import { useApiResource } from '../api/use-api-resource';
import { notPeerText } from '../features/peers/not-peer-text';
import { useMessages } from '../i18n/use-messages';

/** Someone the organiser can schedule with: an existing peer, a suggestion, or a search result. */
export interface PeerChoice {
  key: string;
  label: string;
  relationshipId?: string;
  userId: string;
  cadenceWeeks: CadenceWeeks;
  goal?: Goal;
  /** Why this person cannot be a peer (your manager, a direct report), when the API says so. */
  notPeerReason?: string;
  /** Their working hours never overlap yours: times are searched outside working hours. */
  hoursApart?: boolean;
}

/** The peers to offer in compose: relationships first, then suggestions, then people found by name. */
export function usePeerChoices() {
  const { t } = useMessages();
  const choices = useApiResource(async (signal) => {
    const [relationships, suggestions] = await Promise.all([fetchRelationships(signal), fetchSuggestions(signal, 10)]);
    const fromRelationships: PeerChoice[] = relationships.data.relationships
      .filter((r) => r.status !== 'ended')
      .map((r) => ({
        key: `r:${r.id}`,
        label: r.peer.displayName,
        relationshipId: r.id,
        userId: r.peer.id,
        cadenceWeeks: r.cadenceWeeks,
      }));
    const known = new Set(fromRelationships.map((c) => c.userId));
    const fromSuggestions: PeerChoice[] = suggestions.data.suggestions
      .filter((s) => !known.has(s.user.id))
      .map((s) => ({
        key: `s:${s.user.id}`,
        label: s.user.displayName,
        userId: s.user.id,
        cadenceWeeks: s.cadenceWeeks,
        goal: s.goal,
        ...(s.hoursOverlapMinutes === 0 ? { hoursApart: true } : {}),
      }));
    return { data: { fromRelationships, fromSuggestions }, etag: null };
  }, []);
  const [found, setFound] = useState<PeerChoice[]>([]);

  const all = useMemo(
    () =>
      choices.resource.state === 'ready'
        ? [...choices.resource.data.fromRelationships, ...choices.resource.data.fromSuggestions, ...found]
        : [],
    [choices.resource, found],
  );

  /** Looks people up by name; resolves to how many matched. It never picks anyone: the person does. */
  const search = async (query: string): Promise<number> => {
    const listed = all.filter((c) => !c.key.startsWith('f:'));
    const people = await searchPeople(query.trim());
    const results: PeerChoice[] = people
      .filter((p) => !listed.some((c) => c.userId === p.id))
      .map((p) => {
        const reason = notPeerText(t, p.eligibility);
        return {
          key: `f:${p.id}`,
          label: p.displayName,
          userId: p.id,
          cadenceWeeks: 4 as const,
          ...(reason ? { notPeerReason: reason } : {}),
        };
      });
    setFound(results);
    return people.length;
  };

  return { resource: choices.resource, retry: choices.retry, all, found, search };
}
