import { Toast, ToastTitle, Toaster, useId, useToastController } from '@fluentui/react-components';
import { useCallback, useMemo, type ReactElement } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { UndoToast } from './UndoToast';

/** How long "Undo" is offered (the store guideline's 10 s). */
export const UNDO_TIMEOUT_MS = 10_000;

export interface UndoOffer {
  /** What was just done, e.g. "Agenda item removed". */
  message: string;
  /** Restores the previous state through the API; a rejection is reported in a toast. */
  undo: () => Promise<void>;
}

export interface UndoToasts {
  offerUndo(offer: UndoOffer): void;
  /** Rendered once where the hook is used; the toasts show there. */
  undoToaster: ReactElement;
}

/** Undo for the last action: call `offerUndo` after the action succeeded, render `undoToaster`. */
export function useUndoToast(): UndoToasts {
  const toasterId = useId('undo-toaster');
  const { dispatchToast } = useToastController(toasterId);
  const { t } = useMessages();
  const offerUndo = useCallback(
    ({ message, undo }: UndoOffer) => {
      const failed = () =>
        dispatchToast(
          <Toast>
            <ToastTitle>{t('undo.failed')}</ToastTitle>
          </Toast>,
          { intent: 'error', timeout: UNDO_TIMEOUT_MS },
        );
      dispatchToast(<UndoToast message={message} undo={undo} onFailed={failed} />, {
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
