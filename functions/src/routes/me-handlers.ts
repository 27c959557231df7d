import type { meOperations } from '../../../shared/contracts/me-operations';
import type { HandlersFor } from '../http/handler';

export const meHandlers: HandlersFor<typeof meOperations> = {
  getMe: async ({ caller, useCases }) => {
    // Every surface reads /me first: the tenant's first sign-in registers it for the timer jobs.
    const [profile] = await Promise.all([useCases.people.me(caller), useCases.reminders.signedIn(caller)]);
    return { body: profile };
  },
  exportMyData: async ({ caller, useCases }) => {
    const [core, reminders] = await Promise.all([
      useCases.privateData.exportFor(caller),
      useCases.reminders.exportFor(caller),
    ]);
    return { body: { ...core, ...reminders } };
  },
  deleteMyData: async ({ caller, useCases }) => {
    const deleted = await useCases.privateData.deleteMe(caller);
    await useCases.reminders.erase(caller);
    return { body: { deleted } };
  },
  getPreferences: async ({ caller, useCases }) => {
    const { preferences, etag } = await useCases.reminders.preferences.get(caller.tenantId, caller.userId);
    return { body: preferences, etag };
  },
  patchPreferences: async ({ caller, input, useCases }) => {
    const { preferences, etag } = await useCases.reminders.preferences.patch(
      caller.tenantId,
      caller.userId,
      input.body,
      input.ifMatch,
    );
    return { body: preferences, etag };
  },
  listActivity: async ({ caller, useCases }) => ({ body: { items: await useCases.reminders.activity(caller) } }),
};
