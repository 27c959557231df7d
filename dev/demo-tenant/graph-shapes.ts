import type { TenantData, TenantEvent, TenantUser } from './tenant-schema';
import type { CalendarItem } from './calendar';
import { formatGraphDateTime } from './time-zones';

// Tenant records rendered in Graph's JSON shapes.

export function graphUser(u: TenantUser): Record<string, unknown> {
  const [givenName, ...rest] = u.displayName.split(' ');
  return {
    '@odata.type': '#microsoft.graph.user',
    id: u.id,
    displayName: u.displayName,
    givenName: givenName ?? u.displayName,
    surname: rest.join(' '),
    mail: u.mail,
    userPrincipalName: u.mail,
    department: u.department,
    jobTitle: u.jobTitle,
    businessPhones: [],
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: 'en-US',
  };
}

export function emailAddress(u: TenantUser): { name: string; address: string } {
  return { name: u.displayName, address: u.mail };
}

function compactUtc(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z';
}

export function occurrenceId(eventId: string, startMs: number): string {
  return `${eventId}_${compactUtc(startMs)}`;
}

/** An event or one occurrence of a series, times in the given zone. */
export function graphEvent(
  item: CalendarItem,
  data: TenantData,
  zone: { name: string; iana: string },
  baseUrl: string,
): Record<string, unknown> {
  const e: TenantEvent = item.event;
  const byId = (id: string) => data.users.find((u) => u.id === id);
  const organizer = byId(e.organizerId);
  const type = item.occurrence ? 'occurrence' : e.recurrence ? 'seriesMaster' : 'singleInstance';
  const internal = (ids: readonly string[], response: string) =>
    ids.flatMap((id) => {
      const u = byId(id);
      return u
        ? [{ type: 'required', status: { response, time: '0001-01-01T00:00:00Z' }, emailAddress: emailAddress(u) }]
        : [];
    });
  const attendees = [
    ...internal(e.attendeeIds, 'accepted'),
    ...internal(e.declinedAttendeeIds ?? [], 'declined'),
    ...(e.externalAttendees ?? []).map((a) => ({
      type: 'required',
      status: { response: 'none', time: '0001-01-01T00:00:00Z' },
      emailAddress: a,
    })),
  ];
  return {
    '@odata.etag': 'W/"demo"',
    id: item.occurrence ? occurrenceId(e.id, item.startMs) : e.id,
    iCalUId: `040000008200E00074C5B7101A82E008-${e.id}`,
    createdDateTime: e.createdDateTime ?? e.start,
    subject: e.subject,
    bodyPreview: e.body?.content.replace(/<[^>]*>/g, '').slice(0, 255) ?? '',
    ...(e.body && !item.occurrence ? { body: e.body } : {}),
    start: { dateTime: formatGraphDateTime(item.startMs, zone.iana), timeZone: zone.name },
    end: { dateTime: formatGraphDateTime(item.endMs, zone.iana), timeZone: zone.name },
    showAs: e.showAs,
    isAllDay: e.isAllDay ?? false,
    isCancelled: false,
    type,
    seriesMasterId: item.occurrence ? e.id : null,
    recurrence: item.occurrence ? null : (e.recurrence ?? null),
    organizer: { emailAddress: organizer ? emailAddress(organizer) : { name: '', address: '' } },
    attendees,
    location: { displayName: '' },
    isOnlineMeeting: e.isOnlineMeeting ?? false,
    onlineMeetingProvider: e.onlineMeetingProvider ?? (e.isOnlineMeeting ? 'teamsForBusiness' : 'unknown'),
    onlineMeeting: e.joinUrl ? { joinUrl: e.joinUrl } : null,
    webLink: `${baseUrl}/demo/meet/${encodeURIComponent(e.id)}`,
    transactionId: e.transactionId ?? null,
  };
}
