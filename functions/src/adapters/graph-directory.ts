import { GraphError } from '@microsoft/microsoft-graph-client';
import type { MailboxSettings, User } from '@microsoft/microsoft-graph-types';
import type { Profile } from '../../../shared/model/profile';
import type { PeerProfile } from '../../../shared/relationships/relationship-schemas';
import { resolveTimeZone } from '../../../shared/scheduling/time-zones';
import type { GraphClientFactory } from '../graph/graph-client-factory';
import { problemFromGraphError } from '../graph/graph-errors';
import type { Directory } from '../ports/directory';

const PROFILE_FIELDS = 'id,displayName,mail,userPrincipalName,department,jobTitle';
/** Graph's `in` operator on directory objects takes at most 15 values. */
const FILTER_IN_MAX = 15;

export function createGraphDirectory(graph: GraphClientFactory): Directory {
  return {
    async profileOf(caller) {
      const client = graph.forCaller(caller);
      try {
        const [user, mailbox] = await Promise.all([
          client.api('/me').select(PROFILE_FIELDS).get() as Promise<User>,
          client.api('/me/mailboxSettings').select('timeZone').get() as Promise<MailboxSettings>,
        ]);
        return { ...toPeerProfile(user), mail: user.mail ?? user.userPrincipalName ?? '', timeZone: zoneOf(mailbox) };
      } catch (error) {
        throw problemFromGraphError(error);
      }
    },
    async findUser(caller, idOrMail) {
      try {
        const user = (await graph
          .forCaller(caller)
          .api(`/users/${encodeURIComponent(idOrMail)}`)
          .select(PROFILE_FIELDS)
          .get()) as User;
        return toPeerProfile(user);
      } catch (error) {
        if (error instanceof GraphError && (error.statusCode === 404 || error.statusCode === 400)) return null;
        throw problemFromGraphError(error);
      }
    },
    async searchUsers(caller, prefix, top) {
      try {
        const page = (await graph
          .forCaller(caller)
          .api('/users')
          .filter(`startswith(displayName,'${encodeURIComponent(prefix.replace(/'/g, "''"))}')`)
          .select(PROFILE_FIELDS)
          .top(top)
          .get()) as { value?: User[] };
        return (page.value ?? []).map(toPeerProfile);
      } catch (error) {
        throw problemFromGraphError(error);
      }
    },
    async reportingLine(caller) {
      const client = graph.forCaller(caller);
      try {
        const [manager, reports] = await Promise.all([
          (client.api('/me/manager').select('id').get() as Promise<User>).catch((error: unknown) => {
            if (error instanceof GraphError && error.statusCode === 404) return null;
            throw error;
          }),
          client.api('/me/directReports').select('id').top(999).get() as Promise<{ value?: User[] }>,
        ]);
        return {
          managerId: manager?.id ?? null,
          directReportIds: (reports.value ?? []).flatMap((r) => (r.id ? [r.id] : [])),
        };
      } catch (error) {
        throw problemFromGraphError(error);
      }
    },
    async findUsers(caller, idsOrMails) {
      const client = graph.forCaller(caller);
      const quoted = (values: string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',');
      const mails = idsOrMails.filter((v) => v.includes('@'));
      const ids = idsOrMails.filter((v) => !v.includes('@'));
      const filters: string[] = [];
      for (let i = 0; i < mails.length; i += FILTER_IN_MAX)
        filters.push(`mail in (${quoted(mails.slice(i, i + FILTER_IN_MAX))})`);
      for (let i = 0; i < ids.length; i += FILTER_IN_MAX)
        filters.push(`id in (${quoted(ids.slice(i, i + FILTER_IN_MAX))})`);
      try {
        const pages = await Promise.all(
          filters.map(
            (filter) =>
              client.api('/users').filter(filter).select(PROFILE_FIELDS).top(999).get() as Promise<{ value?: User[] }>,
          ),
        );
        return pages.flatMap((page) => (page.value ?? []).map(toPeerProfile));
      } catch (error) {
        throw problemFromGraphError(error);
      }
    },
  };
}

function toPeerProfile(user: User): PeerProfile {
  return {
    id: user.id ?? '',
    displayName: user.displayName ?? '',
    mail: user.mail ?? user.userPrincipalName ?? null,
    department: user.department ?? null,
    jobTitle: user.jobTitle ?? null,
  };
}

function zoneOf(mailbox: MailboxSettings): Profile['timeZone'] {
  return mailbox.timeZone ? (resolveTimeZone(mailbox.timeZone) ?? mailbox.timeZone) : null;
}
