import type { CadenceWeeks } from '../../../../shared/discovery/cadence';
import type { Goal } from '../../../../shared/discovery/goals';
import type { CreateRelationship, Format } from '../../../../shared/relationships/relationship-schemas';

/** What a person chooses for a peer 1:1: the same three (four) fields in every picker. */
export interface SettingsDraft {
  goal: Goal;
  /** Only for the custom goal. */
  goalNote: string;
  cadenceWeeks: CadenceWeeks;
  format: Format;
}

/** Why a draft cannot be used yet: a custom goal needs its sentence (the page words it). */
export type SettingsProblem = 'custom-goal-without-sentence';

export function settingsProblem(draft: SettingsDraft): SettingsProblem | undefined {
  return draft.goal === 'custom' && !draft.goalNote.trim() ? 'custom-goal-without-sentence' : undefined;
}

/** The create body for a new relationship with these settings. */
export function createBody(peerId: string, draft: SettingsDraft): CreateRelationship {
  const note = draft.goalNote.trim();
  return {
    peer: peerId,
    goal: draft.goal,
    cadenceWeeks: draft.cadenceWeeks,
    format: draft.format,
    ...(draft.goal === 'custom' && note ? { goalNote: note } : {}),
  };
}
