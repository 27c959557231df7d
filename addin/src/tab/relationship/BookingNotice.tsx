import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { formatDateTime, formatTime } from '../../../../shared/time';
import { useMessages } from '../../i18n/use-messages';

/** What was just booked: the first meeting's time and, when the calendar gave one, its link. */
export interface Booking {
  start: string;
  end: string;
  joinUrl?: string;
  /** Proposed with an invitation, not booked yet: the invitee's name (booked when they accept). */
  invitee?: string;
}

/**
 * Confirms a booking with its time, in the user's locale and zone, and a link to the event; or,
 * for a time proposed with an invitation, says it is booked in both calendars once they accept.
 */
export function BookingNotice({ booking }: { booking: Booking }) {
  const { t, timeView } = useMessages();
  const times = { start: formatDateTime(booking.start, timeView), end: formatTime(booking.end, timeView) };
  const pending = booking.invitee !== undefined;
  const when = pending ? t('tab.booked.invitedWhen', { ...times, name: booking.invitee }) : t('tab.booked.when', times);
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{pending ? t('tab.booked.invitedTitle') : t('tab.booked.title')}</MessageBarTitle> {when}{' '}
        {booking.joinUrl && (
          <Link href={booking.joinUrl} target="_blank" rel="noreferrer">
            {t('tab.booked.open')}
          </Link>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
