import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { ConfirmDialog } from '../shared/ConfirmDialog';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalXS },
});

/** Deleting one's data: what happens to shared items and calendar series, then a typed confirmation. */
export function DeleteDataDialog({
  busy,
  onConfirm,
  onCancel,
}: {
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const { t } = useMessages();
  const word = t('settings.data.confirmWord');
  const [typed, setTyped] = useState('');
  const confirmed = typed.trim() === word;
  return (
    <ConfirmDialog
      title={t('settings.data.deleteTitle')}
      intro={t('settings.data.deleteIntro')}
      cancelLabel={t('settings.data.cancel')}
      confirmLabel={t('settings.data.deleteConfirm')}
      blockedReason={confirmed ? undefined : t('settings.data.confirmWhy', { word })}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <ul className={styles.list} aria-label={t('settings.data.deleteTitle')}>
        <li>{t('settings.data.deleteRelationships')}</li>
        <li>{t('settings.data.deleteCalendar')}</li>
        <li>{t('settings.data.deleteShared')}</li>
        <li>{t('settings.data.deletePrivate')}</li>
      </ul>
      <Field label={t('settings.data.confirmLabel', { word })}>
        <Input value={typed} onChange={(_, data) => setTyped(data.value)} disabled={busy} />
      </Field>
    </ConfirmDialog>
  );
}
