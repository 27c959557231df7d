import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { formatDateTime, formatTime } from '../../../../shared/time';
import { useMessages } from '../../i18n/use-messages';

/** What was just booked: the first meeting's time and, when the calendar gave one, its link. */
export interface Booking {
  start: string;
  end: string;
  joinUrl?: string;
}

/** Confirms a booking with its time, in the user's locale and zone, and a link to the event. */
export function BookingNotice({ booking }: { booking: Booking }) {
  const { t, timeView } = useMessages();
  const when = t('tab.booked.when', {
    start: formatDateTime(booking.start, timeView),
    end: formatTime(booking.end, timeView),
  });
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('tab.booked.title')}</MessageBarTitle> {when}{' '}
        {booking.joinUrl && (
          <Link href={booking.joinUrl} target="_blank" rel="noreferrer">
            {t('tab.booked.open')}
          </Link>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
