import { Field, Select } from '@fluentui/react-components';
import { useMessages } from '../../i18n/use-messages';

/** The lengths a peer 1:1 can take; 30 minutes unless the person picks another. */
export const MEETING_LENGTHS = [15, 30, 45, 60] as const;
export type MeetingLength = (typeof MEETING_LENGTHS)[number];
export const DEFAULT_MEETING_LENGTH: MeetingLength = 30;

export function MeetingLengthField({
  value,
  onChange,
  disabled = false,
}: {
  value: MeetingLength;
  onChange: (minutes: MeetingLength) => void;
  disabled?: boolean;
}) {
  const { t } = useMessages();
  return (
    <Field label={t('slots.length.label')}>
      <Select
        disabled={disabled}
        value={String(value)}
        onChange={(_, data) => onChange(Number(data.value) as MeetingLength)}
      >
        {MEETING_LENGTHS.map((minutes) => (
          <option key={minutes} value={minutes}>
            {t('time.duration', { minutes })}
          </option>
        ))}
      </Select>
    </Field>
  );
}
