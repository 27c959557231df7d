import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { RelationshipDetail } from '../../../../shared/relationships/relationship-schemas';
import { scheduleMeeting } from '../../api/relationships-api';
import { ProblemMessage } from '../../features/problems/ProblemMessage';
import { useAction } from '../../features/problems/use-action';
import { FeatureSection } from '../../features/shared/FeatureSection';
import { SlotsView } from '../../features/slots/SlotsView';
import { useSlots } from '../../features/slots/use-slots';
import { useMessages } from '../../i18n/use-messages';
import { formatDateTime } from '../../../../shared/time';
import type { Booking } from './BookingNotice';

const useStyles = makeStyles({ actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' } });

/**
 * No meeting booked: find times that suit both calendars and book the series (an accepted peer
 * 1:1 without a series). While the invitation waits, it says what the accept will book.
 */
export function ScheduleCard({
  relationship,
  selfId,
  onScheduled,
}: {
  relationship: RelationshipDetail;
  selfId: string;
  onScheduled: (booking: Booking) => void;
}) {
  const styles = useStyles();
  const { t, timeView } = useMessages();
  const slots = useSlots();
  const booking = useAction();
  const busy = slots.busy || booking.busy;
  const chosen = slots.chosen;

  if (relationship.status === 'invited') {
    // Nothing is booked before both agreed; the accept books the proposed time.
    const name = relationship.peer.displayName;
    const when = relationship.proposedSlot ? formatDateTime(relationship.proposedSlot.start, timeView) : undefined;
    const mine = relationship.pendingWith === selfId;
    const text = mine
      ? when
        ? t('tab.schedule.yourAnswer', { when })
        : t('tab.schedule.yourAnswerNoTime')
      : when
        ? t('tab.schedule.waiting', { name, when })
        : t('tab.schedule.waitingNoTime', { name });
    return (
      <FeatureSection title={t('tab.schedule.title')} headingId={`schedule-${relationship.id}`}>
        <Body1>{text}</Body1>
      </FeatureSection>
    );
  }

  return (
    <FeatureSection title={t('tab.schedule.title')} headingId={`schedule-${relationship.id}`}>
      <Body1>{t('tab.schedule.nothing', { weeks: relationship.cadenceWeeks })}</Body1>
      {booking.problem && <ProblemMessage problem={booking.problem} />}
      <SlotsView
        slots={slots}
        label={t('tab.schedule.slotsLabel')}
        people={[
          { id: selfId, label: t('time.you') },
          { id: relationship.peer.id, label: relationship.peer.displayName },
        ]}
      />
      <div className={styles.actions}>
        <Button
          disabled={busy}
          onClick={() => void slots.find({ peers: [relationship.peer.id], cadenceWeeks: relationship.cadenceWeeks })}
        >
          {t('tab.schedule.find')}
        </Button>
        {chosen && (
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() =>
              void booking.run(async () => {
                const meeting = await scheduleMeeting(relationship.id, { start: chosen.start, end: chosen.end });
                onScheduled({
                  start: chosen.start,
                  end: chosen.end,
                  ...(meeting.joinUrl ? { joinUrl: meeting.joinUrl } : {}),
                });
              })
            }
          >
            {t('tab.schedule.book')}
          </Button>
        )}
      </div>
    </FeatureSection>
  );
}
