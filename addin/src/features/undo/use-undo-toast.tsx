import { Toast, ToastTitle, Toaster, useId, useToastController } from '@fluentui/react-components';
import { useCallback, useMemo, type ReactElement } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { UndoToast } from './UndoToast';

/** How long "Undo" stays offered (the store guideline's 10 s). */
export const UNDO_TIMEOUT_MS = 10_000;

export interface UndoOffer {
  /** What was just done, e.g. "Agenda item removed". */
  message: string;
  /** Restores the previous state through the API (with its ETag); a rejection is reported. */
  undo: () => Promise<void>;
}

export interface UndoToasts {
  offerUndo(offer: UndoOffer): void;
  /** Render once where the hook is used: the toasts appear there (bottom end of the page). */
  undoToaster: ReactElement;
}

/**
 * Undo for the last action: `const { offerUndo, undoToaster } = useUndoToast()`, render
 * `{undoToaster}`, then `offerUndo({ message, undo })` after the action succeeded. Each hook has
 * its own toaster id, so two features on one page never show each other's toasts twice.
 */
export function useUndoToast(): UndoToasts {
  const toasterId = useId('undo-toaster');
  const { dispatchToast } = useToastController(toasterId);
  const { t } = useMessages();
  const offerUndo = useCallback(
    ({ message, undo }: UndoOffer) => {
      const failed = () =>
        dispatchToast(<UndoFailed text={t('undo.failed')} />, { intent: 'error', timeout: UNDO_TIMEOUT_MS });
      dispatchToast(<UndoToast message={message} undo={undo} onFailed={failed} />, {
        intent: 'success',
        timeout: UNDO_TIMEOUT_MS,
        politeness: 'polite',
      });
    },
    [dispatchToast, t],
  );
  const undoToaster = useMemo(
    () => <Toaster toasterId={toasterId} position="bottom-end" pauseOnHover pauseOnWindowBlur />,
    [toasterId],
  );
  return { offerUndo, undoToaster };
}

function UndoFailed({ text }: { text: string }) {
  return (
    <Toast>
      <ToastTitle>{text}</ToastTitle>
    </Toast>
  );
}
