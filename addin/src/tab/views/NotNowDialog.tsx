import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useMessages } from '../../i18n/use-messages';

const useStyles = makeStyles({
  content: { display: 'grid', gap: tokens.spacingVerticalM },
  actions: { flexWrap: 'wrap', '& button': { whiteSpace: 'nowrap' } },
});

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
  const styles = useStyles();
  const { t } = useMessages();
  const [reason, setReason] = useState('');
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby="not-now-private">
        <DialogBody>
          <DialogTitle>{t('tab.invitations.notNowTitle', { name })}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text id="not-now-private">{t('tab.invitations.notNowPrivate', { name })}</Text>
            <Field label={t('tab.invitations.reasonLabel')}>
              <Textarea value={reason} maxLength={2000} onChange={(_, data) => setReason(data.value)} />
            </Field>
          </DialogContent>
          <DialogActions fluid className={styles.actions}>
            <Button appearance="secondary" disabled={busy} onClick={onCancel}>
              {t('tab.invitations.keep')}
            </Button>
            <Button appearance="primary" disabled={busy} onClick={() => onConfirm(reason.trim())}>
              {t('tab.invitations.notNowConfirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
