import { Body1, Button, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { deleteMyData, exportMyData } from '../../api/profile-api';
import { useMessages } from '../../i18n/use-messages';
import { draftOwner } from '../notes/draft-owner';
import { clearUserDrafts } from '../notes/note-drafts';
import { ProblemMessage } from '../problems/ProblemMessage';
import { useAction } from '../problems/use-action';
import { DeleteDataDialog } from './DeleteDataDialog';

const useStyles = makeStyles({
  section: { display: 'grid', gap: tokens.spacingVerticalM, maxWidth: '40rem', minWidth: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** Saves the export as a file the browser downloads (no server round trip for the file itself). */
function saveJson(data: unknown, name: string) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** "Download my data" (GET /me/export as JSON) and "Delete my data" (typed confirmation, DELETE /me). */
export function MyDataSettings({ userId, onDeleted }: { userId: string; onDeleted?: () => void }) {
  const styles = useStyles();
  const { t } = useMessages();
  const { busy, problem, run } = useAction();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string>();

  const download = () =>
    run(async () => {
      const { data } = await exportMyData();
      saveJson(data, `peer-1-1s-${data.exportedAt.slice(0, 10)}.json`);
      setDone(t('settings.data.downloaded'));
    });

  const erase = () =>
    run(async () => {
      const owner = await draftOwner(userId);
      const result = await deleteMyData();
      // Nothing of the erased person stays readable, in this browser either.
      clearUserDrafts(window.localStorage, owner.tenantId, owner.userId);
      setConfirming(false);
      setDone(t('settings.data.deleted', { relationships: result.deleted.relationships }));
      onDeleted?.();
    });

  return (
    <section className={styles.section} aria-labelledby="my-data-heading">
      <Subtitle2 as="h2" id="my-data-heading">
        {t('settings.data.title')}
      </Subtitle2>
      <Body1>{t('settings.data.downloadHint')}</Body1>
      {problem && <ProblemMessage problem={problem} />}
      {done && (
        <MessageBar intent="success">
          <MessageBarBody role="status">{done}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void download()}>
          {t('settings.data.download')}
        </Button>
        <Button disabled={busy} onClick={() => (setDone(undefined), setConfirming(true))}>
          {t('settings.data.delete')}
        </Button>
      </div>
      {confirming && (
        <DeleteDataDialog busy={busy} onCancel={() => setConfirming(false)} onConfirm={() => void erase()} />
      )}
    </section>
  );
}
