import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useMessages } from '../i18n/use-messages';
import type { FillReport } from './appointment-writer';

/** What the compose pane could and could not set on the appointment. */
export function FillReportMessage({ report }: { report: FillReport }) {
  const { t } = useMessages();
  const ok = report.failed.length === 0 && report.skipped.length === 0;
  return (
    <MessageBar intent={report.failed.length > 0 ? 'error' : ok ? 'success' : 'warning'}>
      <MessageBarBody>
        <MessageBarTitle>{ok ? t('compose.fill.done') : t('compose.fill.partial')}</MessageBarTitle>
        {report.skipped.map((s) => (
          <div key={s.field}>
            {t('compose.fill.skipped', { field: t(`compose.field.${s.field}`), requirement: s.requirement })}
          </div>
        ))}
        {report.failed.map((f) => (
          <div key={f.field}>
            {f.message
              ? t('compose.fill.failed', { field: t(`compose.field.${f.field}`), message: f.message })
              : t('compose.fill.failedPlain', { field: t(`compose.field.${f.field}`) })}
          </div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
