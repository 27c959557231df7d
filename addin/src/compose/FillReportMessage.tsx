import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { FillReport } from './appointment-writer';

/** What the compose pane could and could not set on the appointment. */
export function FillReportMessage({ report }: { report: FillReport }) {
  const ok = report.failed.length === 0 && report.skipped.length === 0;
  return (
    <MessageBar intent={report.failed.length > 0 ? 'error' : ok ? 'success' : 'warning'}>
      <MessageBarBody>
        <MessageBarTitle>{ok ? 'Appointment filled in' : 'Appointment partly filled in'}</MessageBarTitle>
        {report.skipped.map((s) => (
          <div key={s.field}>
            {s.field}: {s.reason}
          </div>
        ))}
        {report.failed.map((f) => (
          <div key={f.field}>
            {f.field} could not be set: {f.message}
          </div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
