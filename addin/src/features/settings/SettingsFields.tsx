import { Field, Radio, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { goalInfo, type Goal } from '../../../../shared/discovery/goals';
import { formatText, goalDescription, goalText } from '../../i18n/domain-text';
import { formatSchema, type Format } from '../../../../shared/relationships/relationship-schemas';
import { useMessages } from '../../i18n/use-messages';
import { CadenceField } from './CadenceField';
import type { SettingsDraft } from './settings-draft';
import { ChoiceGroup } from '../../ui/ChoiceGroup';

const useStyles = makeStyles({
  fields: { display: 'grid', gap: tokens.spacingVerticalM, minWidth: 0 },
  goalDescription: { display: 'block', color: tokens.colorNeutralForeground2 },
});

const formats = formatSchema.options;

/**
 * The goal, cadence and format pickers, one set for the start dialog, compose and the settings
 * card. `compact` shows drop-downs (narrow panes, a card that saves each change), otherwise radio
 * buttons with each goal's description.
 */
export function SettingsFields({
  value,
  onChange,
  disabled = false,
  compact = false,
  withGoalNote = true,
  cadenceFieldLabel,
  cadenceHint,
  suggestedWeeks,
}: {
  value: SettingsDraft;
  /** Called with the one field that changed. */
  onChange: (patch: Partial<SettingsDraft>) => void;
  disabled?: boolean;
  compact?: boolean;
  /** Ask for the custom goal's sentence (off where each change saves at once). */
  withGoalNote?: boolean;
  cadenceFieldLabel?: string;
  cadenceHint?: string | undefined;
  /** Marks this cadence "(suggested)". */
  suggestedWeeks?: number | undefined;
}) {
  const styles = useStyles();
  const { t } = useMessages();
  return (
    <div className={styles.fields}>
      {compact ? (
        <Field label={t('settings.goal')} hint={goalDescription(t, value.goal)}>
          <Select disabled={disabled} value={value.goal} onChange={(_, data) => onChange({ goal: data.value as Goal })}>
            {goalInfo.map((g) => (
              <option key={g.goal} value={g.goal}>
                {goalText(t, g.goal)}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Field label={t('settings.goal')}>
          <ChoiceGroup
            disabled={disabled}
            value={value.goal}
            onChange={(_, data) => onChange({ goal: data.value as Goal })}
          >
            {goalInfo.map((info) => (
              <Radio
                key={info.goal}
                value={info.goal}
                label={
                  <>
                    {goalText(t, info.goal)}
                    <Text size={200} className={styles.goalDescription}>
                      {goalDescription(t, info.goal)}
                    </Text>
                  </>
                }
              />
            ))}
          </ChoiceGroup>
        </Field>
      )}
      {withGoalNote && value.goal === 'custom' && (
        <Field label={t('settings.goalNote')}>
          <Textarea
            disabled={disabled}
            value={value.goalNote}
            maxLength={500}
            onChange={(_, data) => onChange({ goalNote: data.value })}
          />
        </Field>
      )}
      <CadenceField
        value={value.cadenceWeeks}
        onChange={(cadenceWeeks) => onChange({ cadenceWeeks })}
        label={cadenceFieldLabel ?? t('settings.cadence.label')}
        hint={cadenceHint}
        suggestedWeeks={suggestedWeeks}
        disabled={disabled}
      />
      {compact ? (
        <Field label={t('settings.format')}>
          <Select
            disabled={disabled}
            value={value.format}
            onChange={(_, data) => onChange({ format: data.value as Format })}
          >
            {formats.map((f) => (
              <option key={f} value={f}>
                {formatText(t, f)}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Field label={t('settings.format')}>
          <ChoiceGroup
            layout="horizontal"
            disabled={disabled}
            value={value.format}
            onChange={(_, data) => onChange({ format: data.value as Format })}
          >
            {formats.map((f) => (
              <Radio key={f} value={f} label={formatText(t, f)} />
            ))}
          </ChoiceGroup>
        </Field>
      )}
    </div>
  );
}
