import { Button, Toast, ToastBody, ToastTitle, ToastTrigger, Link } from '@fluentui/react-components';
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
            <Link>{t('undo.dismiss')}</Link>
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
