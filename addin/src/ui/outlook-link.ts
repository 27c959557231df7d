import type { Slot } from '../../../shared/scheduling/slots-response';

/**
 * A link that opens a new event in Outlook on the web with the time, attendee and subject filled in:
 * from there the organiser can open the Peer 1:1s compose pane to add agenda and recurrence.
 */
export function outlookComposeLink(options: { slot: Slot; peerMail: string; subject: string }): string {
  const query = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    startdt: options.slot.start,
    enddt: options.slot.end,
    subject: options.subject,
    to: options.peerMail,
  });
  return `https://outlook.office.com/calendar/deeplink/compose?${query.toString()}`;
}
