import { Caption1, Subtitle2, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { reminderKinds, type ReminderKind } from '../../../../shared/reminders/reminder-types';
import { fetchPreferences, patchPreferences } from '../../api/activity-api';
import { ApiProblem } from '../../api/api-client';
import { useApiResource } from '../../api/use-api-resource';
import { useMessages } from '../../i18n/use-messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** One switch per reminder kind (`PATCH /api/me/preferences` with the ETag last read). */
export function ReminderSettings() {
  const styles = useStyles();
  const { t } = useMessages();
  const { resource, setResource, retry } = useApiResource(fetchPreferences, []);
  const [failure, setFailure] = useState<string | null>(null);
  if (resource.state !== 'ready') return null;
  const { data, etag } = resource;

  const toggle = async (kind: ReminderKind, on: boolean) => {
    setFailure(null);
    try {
      const saved = await patchPreferences({ reminders: { [kind]: on } }, etag ?? '');
      setResource({ state: 'ready', data: saved.data, etag: saved.etag });
    } catch (error) {
      // Changed elsewhere (another window): read them again, so the next switch has the fresh ETag.
      if (error instanceof ApiProblem && error.status === 412) retry();
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className={styles.root} aria-labelledby="reminder-settings-heading">
      <Subtitle2 id="reminder-settings-heading">{t('reminders.settings.heading')}</Subtitle2>
      <Caption1>{t('reminders.settings.hint')}</Caption1>
      {reminderKinds.map((kind) => (
        <Switch
          key={kind}
          label={t(`reminders.kind.${kind}`)}
          checked={data.reminders[kind]}
          onChange={(_, change) => void toggle(kind, change.checked)}
        />
      ))}
      {failure !== null && <Caption1 role="alert">{t('reminders.settings.failed', { detail: failure })}</Caption1>}
    </section>
  );
}
