import { Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { ConfirmDialog } from '../../features/shared/ConfirmDialog';
import { useMessages } from '../../i18n/use-messages';

/** "Not now" asks first: it says the peer is not told, and takes an optional private reason. */
export function NotNowDialog({
  name,
  busy,
  onConfirm,
  onCancel,
}: {
  name: string;
  busy: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useMessages();
  const [reason, setReason] = useState('');
  return (
    <ConfirmDialog
      title={t('tab.invitations.notNowTitle', { name })}
      intro={t('tab.invitations.notNowPrivate', { name })}
      cancelLabel={t('tab.invitations.keep')}
      confirmLabel={t('tab.invitations.notNowConfirm')}
      busy={busy}
      onConfirm={() => onConfirm(reason.trim())}
      onCancel={onCancel}
    >
      <Field label={t('tab.invitations.reasonLabel')}>
        <Textarea value={reason} maxLength={2000} onChange={(_, data) => setReason(data.value)} />
      </Field>
    </ConfirmDialog>
  );
}
