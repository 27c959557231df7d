import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useMessages } from '../../i18n/use-messages';

const useStyles = makeStyles({
  content: { display: 'grid', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalXS },
  actions: { flexWrap: 'wrap', '& button': { whiteSpace: 'nowrap' } },
  why: { color: tokens.colorNeutralForeground2 },
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
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby="delete-data-intro">
        <DialogBody>
          <DialogTitle>{t('settings.data.deleteTitle')}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text id="delete-data-intro">{t('settings.data.deleteIntro')}</Text>
            <ul className={styles.list} aria-label={t('settings.data.deleteTitle')}>
              <li>{t('settings.data.deleteRelationships')}</li>
              <li>{t('settings.data.deleteCalendar')}</li>
              <li>{t('settings.data.deleteShared')}</li>
              <li>{t('settings.data.deletePrivate')}</li>
            </ul>
            <Field label={t('settings.data.confirmLabel', { word })}>
              <Input value={typed} onChange={(_, data) => setTyped(data.value)} disabled={busy} />
            </Field>
            {!confirmed && (
              <Text id="delete-why" className={styles.why}>
                {t('settings.data.confirmWhy', { word })}
              </Text>
            )}
          </DialogContent>
          <DialogActions fluid className={styles.actions}>
            <Button appearance="secondary" disabled={busy} onClick={onCancel}>
              {t('settings.data.cancel')}
            </Button>
            <Button
              appearance="primary"
              disabled={busy || !confirmed}
              onClick={onConfirm}
              {...(confirmed ? {} : { 'aria-describedby': 'delete-why' })}
            >
              {t('settings.data.deleteConfirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
