import { Button, Toast, ToastBody, ToastTitle, ToastTrigger } from '@fluentui/react-components';
import { useState } from 'react';
import { useMessages } from '../../i18n/use-messages';

/** One undo toast: the message, "Undo" (runs once, then closes) and a way to dismiss it. */
export function UndoToast({
  message,
  undo,
  onFailed,
}: {
  message: string;
  undo: () => Promise<void>;
  onFailed: () => void;
}) {
  const { t } = useMessages();
  const [state, setState] = useState<'offered' | 'undoing' | 'undone'>('offered');
  const runUndo = async () => {
    setState('undoing');
    try {
      await undo();
      setState('undone');
    } catch {
      setState('offered');
      onFailed();
    }
  };
  return (
    <Toast>
      <ToastTitle
        action={
          <ToastTrigger>
            {/* A subtle button, not a Link: the link colour fails contrast on the dark theme's toast. */}
            <Button size="small" appearance="subtle">
              {t('undo.dismiss')}
            </Button>
          </ToastTrigger>
        }
      >
        {state === 'undone' ? t('undo.done') : message}
      </ToastTitle>
      {state !== 'undone' && (
        <ToastBody>
          <Button size="small" appearance="primary" disabled={state === 'undoing'} onClick={() => void runUndo()}>
            {state === 'undoing' ? t('undo.undoing') : t('undo.action')}
          </Button>
        </ToastBody>
      )}
    </Toast>
  );
}
