import { startTestStack, type TestStack } from '../../support/test-stack';

export interface OutboxEntry {
  recipientId: string;
  senderId: string;
  sentDateTime: string;
  activityType: string;
  mode: 'single' | 'bulk';
  senderType: 'user' | 'app';
  delivery: 'delivered' | 'undeliverable';
  topic: { source: string; value: string; webUrl?: string };
  previewText: { content: string };
}

/**
 * The whole local stack on a pinned clock that ticks from wherever a test sets it (both the demo
 * tenant and the functions host read it), with helpers to run the reminders job and read the outbox.
 */
export async function startReminderStack(startIso: string, options: { throttle?: string } = {}) {
  let base = Date.parse(startIso);
  let setAt = performance.now();
  const now = () => new Date(base + (performance.now() - setAt));
  const stack: TestStack = await startTestStack({ now, ...(options.throttle ? { throttle: options.throttle } : {}) });
  const outbox = async (): Promise<OutboxEntry[]> =>
    (await (await fetch(`${stack.tenant.url}/demo/outbox`)).json()) as OutboxEntry[];
  return {
    stack,
    setNow(iso: string) {
      base = Date.parse(iso);
      setAt = performance.now();
    },
    outbox,
    /** Reminder notifications (the app's bulk sends) of a kind, optionally to one person. */
    async reminders(kind: string, recipientId?: string) {
      return (await outbox()).filter(
        (n) =>
          n.mode === 'bulk' && n.activityType === kind && (recipientId === undefined || n.recipientId === recipientId),
      );
    },
    /** Calls the API as a user with a token issued now (the pinned clock moves days between calls). */
    async as(user: { id: string }, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
      const response = await stack.api(path, {
        method,
        token: await stack.tokenFor(user.id),
        headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await response.text();
      return {
        status: response.status,
        etag: response.headers.get('etag'),
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests probe answers of many shapes
        json: (text ? JSON.parse(text) : undefined) as any,
      };
    },
    /** One pass of the job through the dev host's runner; the tenant's figures. */
    async pass() {
      const run = await stack.jobs.runner.runNow('reminders');
      if (run.error !== undefined) throw run.error;
      const summary = run.summary as { byTenant: Record<string, Record<string, number>> };
      return summary.byTenant[stack.tenant.tenantId] ?? {};
    },
  };
}
