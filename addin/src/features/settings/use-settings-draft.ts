import { useState } from 'react';
import { createBody, settingsProblem, type SettingsDraft } from './settings-draft';

/** Settings being chosen for a relationship that does not exist yet (start dialog, compose). */
type Initial = Partial<SettingsDraft> & Pick<SettingsDraft, 'cadenceWeeks'>;

const withDefaults = (initial: Initial): SettingsDraft => ({
  goal: 'rapport',
  goalNote: '',
  format: 'video',
  ...initial,
});

export function useSettingsDraft(initial: Initial) {
  const [draft, setDraft] = useState<SettingsDraft>(() => withDefaults(initial));
  return {
    draft,
    change: (patch: Partial<SettingsDraft>) => setDraft((d) => ({ ...d, ...patch })),
    /** Starts over for another person (their suggested goal and cadence). */
    replace: (next: Initial) => setDraft(withDefaults(next)),
    /** Why the draft cannot be used yet, or undefined. */
    problem: settingsProblem(draft),
    createBody: (peerId: string) => createBody(peerId, draft),
  };
}
