import type { MailboxSettings, User } from '@microsoft/microsoft-graph-types';
import type { Profile } from '../../../shared/model/profile';
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
        return toProfile(user, mailbox.timeZone ?? null);
      } catch (error) {
        throw problemFromGraphError(error);
      }
    },
  };
}

function toProfile(user: User, windowsOrIanaZone: string | null): Profile {
  return {
    id: user.id ?? '',
    displayName: user.displayName ?? '',
    mail: user.mail ?? user.userPrincipalName ?? '',
    department: user.department ?? null,
    jobTitle: user.jobTitle ?? null,
    timeZone: windowsOrIanaZone ? (resolveTimeZone(windowsOrIanaZone) ?? windowsOrIanaZone) : null,
  };
}
