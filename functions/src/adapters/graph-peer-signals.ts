import type { Attendee, Event, Person, User } from '@microsoft/microsoft-graph-types';
import type { Caller } from '../auth/caller';
import { createBatchRunner, partBody } from '../graph/graph-batch';
import type { GraphClientFactory } from '../graph/graph-client-factory';
import { graphUtcMillis } from '../graph/graph-date-time';
import { problemFromGraphError } from '../graph/graph-errors';
import type { PeerSignals, PeerSignalSource } from '../ports/peer-signals';

const PEOPLE_TOP = 100;
const EVENTS_PAGE = 1000;
/** Graph's `in` operator on directory objects takes at most 15 values. */
const FILTER_IN_MAX = 15;
const UTC = { Prefer: 'outlook.timezone="UTC"' };

type Collection<T> = { value?: T[]; '@odata.nextLink'?: string };

/**
 * Reads the caller's collaboration signals from Graph in as few round trips as Graph allows:
 * one `$batch` for profile, people, manager, reports and the first page of the calendar; further
 * calendar pages as Graph hands them out; one `$batch` resolving unknown attendees' profiles.
 * Only attendees, times and sizes of meetings are read, never subjects or bodies.
 */
export function createGraphPeerSignals(graph: GraphClientFactory): PeerSignalSource {
  return {
    async signalsFor(caller: Caller, window): Promise<PeerSignals> {
      const client = graph.forCaller(caller);
      const batch = createBatchRunner(client);
      try {
        const calendarUrl =
          `/me/calendarView?startDateTime=${window.start.toISOString()}&endDateTime=${window.end.toISOString()}` +
          `&$select=start,end,attendees,organizer,isCancelled&$top=${EVENTS_PAGE}`;
        const first = await batch.run([
          { id: 'me', method: 'GET', url: '/me?$select=id,mail,department,jobTitle' },
          {
            id: 'people',
            method: 'GET',
            url: `/me/people?$top=${PEOPLE_TOP}&$select=id,displayName,department,jobTitle,scoredEmailAddresses`,
          },
          { id: 'manager', method: 'GET', url: '/me/manager?$select=id' },
          { id: 'reports', method: 'GET', url: '/me/directReports?$select=id' },
          { id: 'calendar', method: 'GET', url: calendarUrl, headers: UTC },
        ]);
        const me = partBody<User>(first.get('me'));
        const people = partBody<Collection<Person>>(first.get('people')).value ?? [];
        const managerPart = first.get('manager');
        const managerId = managerPart?.status === 404 ? undefined : partBody<User>(managerPart).id;
        const directReportIds = (partBody<Collection<User>>(first.get('reports')).value ?? []).flatMap((u) =>
          u.id ? [u.id] : [],
        );

        let calendarPage = partBody<Collection<Event>>(first.get('calendar'));
        const events: Event[] = [...(calendarPage.value ?? [])];
        let extraTrips = 0;
        while (calendarPage['@odata.nextLink']) {
          extraTrips += 1;
          calendarPage = (await client
            .api(graph.relativePath(calendarPage['@odata.nextLink']))
            .header('Prefer', UTC.Prefer)
            .get()) as Collection<Event>;
          events.push(...(calendarPage.value ?? []));
        }

        // Attendees arrive as mail addresses; the people list and one lookup map them to users.
        const idByMail = new Map<string, string>();
        const myMail = (me.mail ?? caller.username ?? '').toLowerCase();
        if (me.id && myMail) idByMail.set(myMail, me.id);
        const directory: PeerSignals['directory'] = {};
        for (const person of people) {
          if (!person.id) continue;
          for (const address of person.scoredEmailAddresses ?? []) {
            if (address.address) idByMail.set(address.address.toLowerCase(), person.id);
          }
        }
        const unknown = new Set<string>();
        for (const event of events) {
          for (const mail of attendeeMails(event)) if (!idByMail.has(mail)) unknown.add(mail);
        }
        const lookups = chunk([...unknown], FILTER_IN_MAX).map((mails, i) => ({
          id: `users-${i}`,
          method: 'GET' as const,
          url:
            `/users?$filter=mail in (${mails.map((m) => `'${m.replace(/'/g, "''")}'`).join(',')})` +
            '&$select=id,displayName,mail,department,jobTitle',
        }));
        if (lookups.length > 0) {
          const found = await batch.run(lookups);
          for (const lookup of lookups) {
            for (const user of partBody<Collection<User>>(found.get(lookup.id)).value ?? []) {
              if (!user.id || !user.mail) continue;
              idByMail.set(user.mail.toLowerCase(), user.id);
              directory[user.id] = {
                displayName: user.displayName ?? user.mail,
                mail: user.mail,
                department: user.department ?? null,
                jobTitle: user.jobTitle ?? null,
              };
            }
          }
        }

        return {
          me: { id: me.id ?? caller.userId, department: me.department ?? null, jobTitle: me.jobTitle ?? null },
          ...(managerId ? { managerId } : {}),
          directReportIds,
          people: people.flatMap((person, rank) =>
            person.id
              ? [
                  {
                    id: person.id,
                    displayName: person.displayName ?? '',
                    mail: person.scoredEmailAddresses?.[0]?.address ?? null,
                    department: person.department ?? null,
                    jobTitle: person.jobTitle ?? null,
                    relevanceRank: rank,
                  },
                ]
              : [],
          ),
          meetings: events
            .filter((event) => !event.isCancelled && event.start?.dateTime && event.end?.dateTime)
            .map((event) => ({
              start: graphUtcMillis(event.start!.dateTime!),
              end: graphUtcMillis(event.end!.dateTime!),
              attendeeIds: [...new Set(attendeeMails(event).flatMap((m) => idByMail.get(m) ?? []))],
            })),
          directory,
          graphRoundTrips: batch.roundTrips + extraTrips,
        };
      } catch (error) {
        throw problemFromGraphError(error);
      }
    },
  };
}

function attendeeMails(event: Event): string[] {
  const attendees: Array<Pick<Attendee, 'emailAddress'>> = [...(event.attendees ?? [])];
  if (event.organizer) attendees.push(event.organizer);
  return attendees.flatMap((a) => (a.emailAddress?.address ? [a.emailAddress.address.toLowerCase()] : []));
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
