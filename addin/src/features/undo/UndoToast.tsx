import { Button, Toast, ToastTitle, ToastTrigger } from '@fluentui/react-components';
import { useState } from 'react';
import { useMessages } from '../../i18n/use-messages';

/** "Agenda item removed · Undo": the button restores the previous state, once. */
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
  const [busy, setBusy] = useState(false);
  return (
    <Toast>
      <ToastTitle
        action={
          <ToastTrigger>
            <Button
              appearance="transparent"
              size="small"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                undo().catch(onFailed);
              }}
            >
              {t('undo.action')}
            </Button>
          </ToastTrigger>
        }
      >
        {message}
      </ToastTitle>
    </Toast>
  );
}
