import { operations as op } from '../../../shared/contracts';
import type { PatchPreferences } from '../../../shared/reminders/preferences-schema';
import { callOperation } from './api-client';

/** The caller's recent reminders, each with its own deep link (the tab's Activity panel). */
export const fetchActivity = (signal: AbortSignal) => callOperation(op.listActivity, { signal });

export const fetchPreferences = (signal: AbortSignal) => callOperation(op.getPreferences, { signal });

export const patchPreferences = (patch: PatchPreferences, ifMatch: string) =>
  callOperation(op.patchPreferences, { body: patch, ifMatch });
