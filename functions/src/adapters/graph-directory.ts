import { GraphError } from '@microsoft/microsoft-graph-client';
import type { MailboxSettings, User } from '@microsoft/microsoft-graph-types';
import type { Profile } from '../../../shared/model/profile';
import type { PeerProfile } from '../../../shared/relationships/relationship-schemas';
import { resolveTimeZone } from '../../../shared/scheduling/time-zones';
import type { GraphClientFactory } from '../graph/graph-client-factory';
import { problemFromGraphError } from '../graph/graph-errors';
import type { Directory } from '../ports/directory';

const PROFILE_FIELDS = 'id,displayName,mail,userPrincipalName,department,jobTitle';

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
