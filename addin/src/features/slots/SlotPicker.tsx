import { Badge, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Slot } from '../../../../shared/scheduling/slots-response';
import { zonePlace } from '../../../../shared/time/format-times';

const useStyles = makeStyles({
  option: { display: 'grid', gap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalXS },
  reasons: { color: tokens.colorNeutralForeground2 },
});

/** Candidate times, each with both people's local times and the reasons it was picked. */
export function SlotPicker({
  slots,
  selected,
  onSelect,
  label,
  names = {},
}: {
  slots: Slot[];
  selected: Slot | undefined;
  onSelect: (slot: Slot) => void;
  label: string;
  /** Display names by user id, for the local-time lines. */
  names?: Record<string, string>;
}) {
  const styles = useStyles();
  return (
    <RadioGroup
      aria-label={label}
      value={selected?.start ?? ''}
      onChange={(_, data) => {
        const slot = slots.find((s) => s.start === data.value);
        if (slot) onSelect(slot);
      }}
    >
      {slots.map((slot) => (
        <Radio
          key={slot.start}
          value={slot.start}
          label={
            <span className={styles.option}>
              <Text weight="semibold">
                {new Date(slot.start).toLocaleString(undefined, {
                  weekday: 'long',
                  day: 'numeric',
                  month: 'short',
                  hour: '2-digit',
                  minute: '2-digit',
                })}
                {slot.tentative && (
                  <Badge appearance="tint" color="warning" style={{ marginLeft: 8 }}>
                    Tentative conflict
                  </Badge>
                )}
              </Text>
              {Object.entries(slot.local).map(([userId, local]) => (
                <Text size={200} key={userId}>
                  {names[userId] ? `${names[userId]}: ` : ''}
                  {local.start.slice(11)}–{local.end.slice(11)} in {zonePlace(local.timeZone)}
                </Text>
              ))}
              <Text size={200} className={styles.reasons}>
                {slot.reasons.join(' · ')}
              </Text>
            </span>
          }
        />
      ))}
    </RadioGroup>
  );
}
