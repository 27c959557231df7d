import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  content: { display: 'grid', gap: tokens.spacingVerticalM },
  actions: { flexWrap: 'wrap', '& button': { whiteSpace: 'nowrap' } },
  blocked: { color: tokens.colorNeutralForeground2 },
});

/**
 * A step that affects someone else or cannot be taken back asks first: a modal alert dialog that
 * says what will happen (`intro`, read out as its description), takes any extra input (`children`),
 * and confirms only when nothing blocks it (`blockedReason` is shown and described on the button).
 */
export function ConfirmDialog({
  title,
  intro,
  cancelLabel,
  confirmLabel,
  blockedReason,
  busy,
  onConfirm,
  onCancel,
  children,
}: {
  title: string;
  intro: string;
  cancelLabel: string;
  confirmLabel: string;
  blockedReason?: string | undefined;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children?: ReactNode;
}) {
  const styles = useStyles();
  const introId = useId();
  const blockedId = useId();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby={introId}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text id={introId}>{intro}</Text>
            {children}
            {blockedReason && (
              <Text id={blockedId} className={styles.blocked}>
                {blockedReason}
              </Text>
            )}
          </DialogContent>
          <DialogActions fluid className={styles.actions}>
            <Button appearance="secondary" disabled={busy} onClick={onCancel}>
              {cancelLabel}
            </Button>
            <Button
              appearance="primary"
              disabled={busy || blockedReason !== undefined}
              onClick={onConfirm}
              {...(blockedReason ? { 'aria-describedby': blockedId } : {})}
            >
              {confirmLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
