import { adviseCadence, type CadenceAdvice } from '../../../shared/discovery/cadence';
import type { PromptsResponse } from '../../../shared/discovery/guidance-schemas';
import { questionBank, selectPrompts, stageFor } from '../../../shared/discovery/question-bank';
import type { Caller } from '../auth/caller';
import type { Clock } from '../ports/clock';
import type { PrivateRecords } from '../ports/private-records';
import type { PromptHistory, PromptHistoryEntry } from '../ports/prompt-history';
import type { SharedItemRecords } from '../ports/shared-item-records';
import { AlreadyExistsError, StaleVersionError } from '../ports/store-errors';
import { sharedScope } from '../relationships/shared-scope';
import { countHeldMeetings, upcomingMeeting } from '../../../shared/relationships/meeting-timeline';
import { countOpenCommitments } from '../../../shared/relationships/commitment-rules';
import { invalidInput } from './app-errors';
import type { RelationshipAccess } from './relationship-access';

/** How many meetings' prompts count as "seen recently". */
const HISTORY_MEETINGS = 12;

export interface GuidanceService {
  prompts(caller: Caller, id: string, count: number, meetingId?: string): Promise<PromptsResponse>;
  cadenceAdvice(caller: Caller, id: string): Promise<CadenceAdvice>;
}

/** Conversation prompts and cadence advice for one relationship, from its own history. */
export function createGuidanceService(deps: {
  items: SharedItemRecords;
  privateData: PrivateRecords;
  promptHistory: PromptHistory;
  access: RelationshipAccess;
  clock: Clock;
}): GuidanceService {
  const { items, privateData, promptHistory, access, clock } = deps;
  const byId = new Map(questionBank.map((p) => [p.id, p]));

  return {
    async prompts(caller, id, count, meetingId) {
      const { relationship } = await access.require(caller, id);
      const meetings = (await items.list(caller.tenantId, sharedScope(relationship), 'meeting')).map((m) => m.value);
      if (meetingId && !meetings.some((m) => m.id === meetingId)) {
        throw invalidInput('meeting', 'No such meeting in this relationship');
      }
      const now = clock.now().getTime();
      const upcoming = upcomingMeeting(meetings, now);
      const meetingKey = meetingId ?? upcoming?.id ?? 'next';
      const stage = stageFor(countHeldMeetings(meetings));

      for (let attempt = 0; ; attempt += 1) {
        const history = await promptHistory.get(caller.tenantId, id);
        const entries = history?.value ?? [];
        const existing = entries.find((e) => e.meetingKey === meetingKey);
        if (existing && existing.promptIds.length >= count) {
          return answer(existing.promptIds.slice(0, count));
        }
        // Same meeting → same prompts; other meetings' prompts are not repeated while fresh ones remain.
        const recentlySeen = entries.filter((e) => e.meetingKey !== meetingKey).flatMap((e) => e.promptIds);
        const chosen = selectPrompts({
          goal: relationship.goal,
          stage,
          count,
          seed: `${id}:${meetingKey}`,
          recentlySeen,
        }).map((p) => p.id);
        const next: PromptHistoryEntry[] = [
          ...entries.filter((e) => e.meetingKey !== meetingKey),
          { meetingKey, promptIds: chosen },
        ].slice(-HISTORY_MEETINGS);
        try {
          await promptHistory.put(caller.tenantId, id, next, history?.etag ?? null);
          return answer(chosen);
        } catch (error) {
          const raced = error instanceof StaleVersionError || error instanceof AlreadyExistsError;
          if (!raced || attempt >= 3) throw error;
        }
      }

      function answer(ids: string[]): PromptsResponse {
        return {
          goal: relationship.goal,
          stage,
          meetingKey,
          prompts: ids.flatMap((pid) => {
            const prompt = byId.get(pid);
            return prompt ? [prompt] : [];
          }),
        };
      }
    },

    async cadenceAdvice(caller, id) {
      const { relationship } = await access.require(caller, id);
      const [meetings, commitments, mine] = await Promise.all([
        items.list(caller.tenantId, sharedScope(relationship), 'meeting'),
        items.list(caller.tenantId, sharedScope(relationship), 'commitment'),
        privateData.list(caller.tenantId, caller.userId, id),
      ]);
      const startOf = new Map(meetings.map((m) => [m.value.id, Date.parse(m.value.start)]));
      // Only the caller's own ratings: advice must never reveal how the peer rated.
      const ratings = mine
        .filter((r) => r.value.kind === 'rating' && r.value.rating !== undefined)
        .map((r) => ({ at: startOf.get(r.value.key) ?? Date.parse(r.value.updatedAt), rating: r.value.rating! }));
      return adviseCadence({
        current: relationship.cadenceWeeks,
        ratings,
        meetings: meetings.map((m) => ({ start: Date.parse(m.value.start), held: m.value.held })),
        openCommitments: countOpenCommitments(commitments.map((c) => c.value)),
        now: clock.now().getTime(),
      });
    },
  };
}
