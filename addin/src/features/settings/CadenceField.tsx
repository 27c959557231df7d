import { Field, Select } from '@fluentui/react-components';
import { cadenceValues, type CadenceWeeks } from '../../../../shared/discovery/cadence';
import { useMessages } from '../../i18n/use-messages';

/** The cadence drop-down: every picker of "how often" in the add-in is this one. */
export function CadenceField({
  value,
  onChange,
  label,
  hint,
  suggestedWeeks,
  disabled = false,
}: {
  value: CadenceWeeks;
  onChange: (weeks: CadenceWeeks) => void;
  label?: string;
  hint?: string | undefined;
  /** Marks this cadence "(suggested)". */
  suggestedWeeks?: number | undefined;
  disabled?: boolean;
}) {
  const { t } = useMessages();
  return (
    <Field label={label ?? t('settings.cadence.label')} hint={hint ?? null}>
      <Select
        disabled={disabled}
        value={String(value)}
        onChange={(_, data) => onChange(Number(data.value) as CadenceWeeks)}
      >
        {cadenceValues.map((weeks) => (
          <option key={weeks} value={String(weeks)}>
            {weeks === suggestedWeeks
              ? t('settings.cadence.suggested', { weeks })
              : t('settings.cadence.every', { weeks })}
          </option>
        ))}
      </Select>
    </Field>
  );
}
