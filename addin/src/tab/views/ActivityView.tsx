import { Body1, Caption1, Link, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { ActivityItem } from '../../../../shared/reminders/activity-schema';
import type { ReminderKind } from '../../../../shared/reminders/reminder-types';
import { goalSchema } from '../../../../shared/discovery/goals';
import { formatDateTime } from '../../../../shared/time';
import { fetchActivity } from '../../api/activity-api';
import { useApiResource } from '../../api/use-api-resource';
import { ReminderSettings } from '../../features/reminders/ReminderSettings';
import { goalText } from '../../i18n/domain-text';
import { useMessages, type Translator } from '../../i18n/use-messages';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: 0, margin: 0 },
  item: { listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

/**
 * The user's recent reminders from the ledger, each opening its own place (Outlook and the browser
 * have no activity feed). A notification opens this panel at `activity/<kind>`; when only one
 * relationship has a reminder of that kind, it goes straight there.
 */
export default function ActivityView(props: {
  kind?: ReminderKind;
  onOpen: (relationshipId: string) => void;
  onShowAll: () => void;
}) {
  const styles = useStyles();
  const messages = useMessages();
  const { t } = messages;
  const { resource } = useApiResource(fetchActivity, []);
  const items = resource.state === 'ready' ? resource.data.items : [];
  const shown = props.kind === undefined ? items : items.filter((i) => i.kind === props.kind);
  const only = new Set(shown.map((i) => i.relationshipId));
  const single = props.kind !== undefined && only.size === 1 ? shown[0]!.relationshipId : null;
  const { onOpen } = props;
  useEffect(() => {
    if (single !== null) onOpen(single);
  }, [single, onOpen]);

  if (resource.state === 'loading') return <Spinner label={t('shell.loading')} />;
  if (resource.state === 'error') return <Body1 role="alert">{resource.problem.message}</Body1>;
  return (
    <>
      <Subtitle2 as="h2">{t('reminders.panel.heading')}</Subtitle2>
      {props.kind !== undefined && (
        <Link as="button" onClick={props.onShowAll}>
          {t('reminders.panel.showAll')}
        </Link>
      )}
      {shown.length === 0 ? (
        <Body1>{t('reminders.panel.empty')}</Body1>
      ) : (
        <ul className={styles.list} aria-label={t('reminders.panel.heading')}>
          {shown.map((item) => (
            <li key={`${item.kind}|${item.relationshipId}|${item.occurrence}`} className={styles.item}>
              <Body1>
                <Link href={`#${item.link.subPageId}`} data-reminder={item.kind}>
                  {t(`reminders.kind.${item.kind}`)}
                </Link>
              </Body1>
              <Caption1>
                {t('reminders.panel.sentAt', { when: formatDateTime(item.sentAt, messages.timeView) })}
              </Caption1>
              {detailLines(item, t).map((line) => (
                <Caption1 key={line}>{line}</Caption1>
              ))}
              {item.state === 'undeliverable' && <Caption1>{t('reminders.panel.undeliverable')}</Caption1>}
            </li>
          ))}
        </ul>
      )}
      <ReminderSettings />
    </>
  );
}

/** What the notification itself left out (its text is one per kind, for every recipient). */
function detailLines(item: ActivityItem, t: Translator['t']): string[] {
  const d = item.details;
  const lines: string[] = [];
  // The ledger keeps the goal's key; the reader sees its label in their language.
  const goal = goalSchema.safeParse(d.goal);
  if (goal.success) lines.push(t('reminders.detail.goal', { goal: goalText(t, goal.data) }));
  if (item.kind !== 'meetingPrep') return lines;
  lines.push(t('reminders.detail.commitments', { mine: Number(d.openMine ?? 0), theirs: Number(d.openTheirs ?? 0) }));
  if (d.firstMine) lines.push(t('reminders.detail.firstMine', { text: String(d.firstMine) }));
  if (d.firstTheirs) lines.push(t('reminders.detail.firstTheirs', { text: String(d.firstTheirs) }));
  lines.push(t('reminders.detail.agenda', { count: Number(d.agendaCount ?? 0) }));
  if (d.prompt) lines.push(t('reminders.detail.prompt', { prompt: String(d.prompt) }));
  return lines;
}
