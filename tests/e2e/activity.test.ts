import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchChromium, signedInPage } from '../support/e2e-browser';
import { startTestStack, type TestStack } from '../support/test-stack';

type User = TestStack['tenant']['data']['users'][number];
interface Notification {
  recipientId: string;
  activityType: string;
  mode: string;
  topic: { webUrl?: string };
}

// A pinned clock both the demo tenant and the functions host read; tests move it between passes.
let base = Date.parse('2026-12-07T12:00:00Z');
let setAt = performance.now();
const setNow = (iso: string) => {
  base = Date.parse(iso);
  setAt = performance.now();
};
let stack: TestStack;
let browser: Browser;
let london: User;
let pacific: User;
let relationshipId: string;

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startTestStack({ web: 'static', now: () => new Date(base + (performance.now() - setAt)) }),
    launchChromium(),
  ]);
  const people = stack.tenant.data.users.filter((u) => u.managerId && u.appInstalled !== false);
  london = people.find((u) => u.timeZone === 'GMT Standard Time' && u.workingHours.startTime === '09:00:00')!;
  pacific = people.find((u) => u.timeZone === 'Pacific Standard Time' && u.department !== london.department)!;
  const created = await stack.callAs(london, 'POST', '/relationships', {
    peer: pacific.id,
    goal: 'ideas',
    cadenceWeeks: 2,
  });
  relationshipId = created.json.id as string;
  expect(
    (await stack.callAs(pacific, 'POST', `/relationships/${relationshipId}/respond`, { action: 'accept' })).status,
  ).toBe(200);
  // Due soon from Monday 14 December 12:00Z; 12:05Z is working time in London.
  setNow('2026-12-14T12:05:00Z');
  const run = await stack.jobs.runner.runNow('reminders');
  expect(run.error).toBeUndefined();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('a reminder’s deep link', () => {
  it('opens the relationship page from the outbox notification, and from the Activity panel', async () => {
    const outbox = (await (await fetch(`${stack.tenant.url}/demo/outbox`)).json()) as Notification[];
    const sent = outbox.find(
      (n) => n.mode === 'bulk' && n.recipientId === london.id && n.activityType === 'peerDueSoon',
    );
    expect(sent?.topic.webUrl).toBeTruthy();
    // The Teams link's context names the tab's sub-page; the web app takes the same as its hash.
    const context = JSON.parse(new URL(sent!.topic.webUrl!).searchParams.get('context')!) as { subEntityId: string };
    expect(context.subEntityId).toBe('activity/peerDueSoon');

    const { context: browserContext, page } = await signedInPage(
      browser,
      `${stack.webUrl}/tab.html#${context.subEntityId}`,
      london.displayName,
    );
    // The only relationship with such a reminder opens directly.
    await page.getByRole('heading', { name: `Peer 1:1 with ${pacific.displayName}` }).waitFor();
    expect(new URL(page.url()).hash).toBe(`#relationship/${relationshipId}`);

    await page.getByRole('tab', { name: 'Activity' }).click();
    const list = page.getByRole('list', { name: 'Recent reminders' });
    await list.waitFor();
    await expectAccessible(page, 'activity panel');
    const item = list.getByRole('listitem').filter({ hasText: 'Due soon, nothing planned' });
    expect(await item.count()).toBe(1);
    await expect(item.getByText('Goal: Generate ideas').count()).resolves.toBe(1);
    await item.getByRole('link', { name: 'Due soon, nothing planned' }).click();
    await page.getByRole('heading', { name: `Peer 1:1 with ${pacific.displayName}` }).waitFor();

    // The settings in the panel turn a kind off for real.
    await page.getByRole('tab', { name: 'Activity' }).click();
    await page.getByRole('switch', { name: 'Overdue: plan the next meeting' }).click();
    // The switch shows the server's answer, so once it reads off the PATCH has landed.
    await page.getByRole('switch', { name: 'Overdue: plan the next meeting', checked: false }).waitFor();
    const token = await stack.tokenFor(london.id);
    const saved = (await (await stack.api('/me/preferences', { token })).json()) as {
      reminders: Record<string, boolean>;
    };
    expect(saved.reminders).toMatchObject({ peerOverdue: false, peerDueSoon: true });
    await browserContext.close();
  });
});
