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

/** A custom goal needs its sentence; everything else always has a value. */
export function settingsProblem(draft: SettingsDraft): string | undefined {
  return draft.goal === 'custom' && !draft.goalNote.trim() ? 'Describe your goal in a sentence first.' : undefined;
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

/** The label of a cadence option, marking the suggested one. */
export const cadenceLabel = (weeks: number, suggestedWeeks?: number) =>
  `Every ${weeks} weeks${weeks === suggestedWeeks ? ' (suggested)' : ''}`;
