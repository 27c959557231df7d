import { createContext, useContext } from 'react';
import type { ChangeSignal } from '../../live/change-signal';

/**
 * The page's change signal (Live Share in a meeting, else conditional polling), for the shared
 * lists under it. Present (even before the signal has opened) means: lists do not poll on their
 * own; they re-read when the signal names them, and announce their own changes on it.
 */
export interface ChangeSignalSlot {
  signal: ChangeSignal | undefined;
}

export const ChangeSignalContext = createContext<ChangeSignalSlot | undefined>(undefined);

export const useChangeSignalSlot = () => useContext(ChangeSignalContext);
