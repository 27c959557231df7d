import { Badge, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Slot } from '../../../../shared/scheduling/slots-response';
import { formatDate, slotLines, type SlotViewer } from '../../../../shared/time';
import { useMessages } from '../../i18n/use-messages';

const useStyles = makeStyles({
  option: { display: 'grid', gap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalXS, minWidth: 0 },
  reasons: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  badge: { marginInlineStart: tokens.spacingHorizontalS },
});

/**
 * Candidate times: the date, then one line per person only when their zones differ (each labelled
 * with the person), and the reasons it was picked. The first viewer is the person looking.
 */
export function SlotPicker({
  slots,
  selected,
  onSelect,
  label,
  people,
  outsideWorkingHours = false,
}: {
  slots: Slot[];
  selected: Slot | undefined;
  onSelect: (slot: Slot) => void;
  label: string;
  /** Who reads the slot, by user id: you first ("You"), then the peer; zones come from the slot. */
  people: { id: string; label: string }[];
  /** The search allowed times outside working hours: every option says so. */
  outsideWorkingHours?: boolean;
}) {
  const styles = useStyles();
  const { t, timeView } = useMessages();
  const viewersOf = (slot: Slot): SlotViewer[] =>
    people.map((person) => ({ label: person.label, zone: slot.local[person.id]?.timeZone ?? timeView.zone }));
  const lineText = (line: ReturnType<typeof slotLines>[number]) =>
    line.label === undefined
      ? t('time.slot.single', { range: line.range, weekday: line.weekday })
      : line.place === undefined
        ? t('time.slot.person', { label: line.label, range: line.range, weekday: line.weekday })
        : t('time.slot.personElsewhere', {
            label: line.label,
            range: line.range,
            weekday: line.weekday,
            place: line.place,
          });
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
                {formatDate(slot.start, timeView)}
                {slot.tentative && (
                  <Badge appearance="tint" color="warning" className={styles.badge}>
                    {t('slots.tentative')}
                  </Badge>
                )}
                {outsideWorkingHours && (
                  <Badge appearance="tint" color="important" className={styles.badge}>
                    {t('slots.outsideHours')}
                  </Badge>
                )}
              </Text>
              {slotLines(slot, viewersOf(slot), timeView.locale).map((line) => (
                <Text size={200} key={line.label ?? 'one'}>
                  {lineText(line)}
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
