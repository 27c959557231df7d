import { Field, Select } from '@fluentui/react-components';
import { cadenceValues, type CadenceWeeks } from '../../../../shared/discovery/cadence';
import { cadenceLabel } from './settings-draft';

/** The cadence drop-down: every picker of "how often" in the add-in is this one. */
export function CadenceField({
  value,
  onChange,
  label = 'How often',
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
  return (
    <Field label={label} hint={hint ?? null}>
      <Select
        disabled={disabled}
        value={String(value)}
        onChange={(_, data) => onChange(Number(data.value) as CadenceWeeks)}
      >
        {cadenceValues.map((weeks) => (
          <option key={weeks} value={String(weeks)}>
            {cadenceLabel(weeks, suggestedWeeks)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
