import { useState } from 'react';
import { createBody, settingsProblem, type SettingsDraft } from './settings-draft';

/** Settings being chosen for a relationship that does not exist yet (start dialog, compose). */
export function useSettingsDraft(initial: Partial<SettingsDraft> & Pick<SettingsDraft, 'cadenceWeeks'>) {
  const [draft, setDraft] = useState<SettingsDraft>({ goal: 'rapport', goalNote: '', format: 'video', ...initial });
  return {
    draft,
    change: (patch: Partial<SettingsDraft>) => setDraft((d) => ({ ...d, ...patch })),
    /** Why the draft cannot be used yet, or undefined. */
    problem: settingsProblem(draft),
    createBody: (peerId: string) => createBody(peerId, draft),
  };
}
