import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserStack } from '../support/browser-stack';
import type { TestStack } from '../support/test-stack';

const e2e = useBrowserStack();

type TenantUser = TestStack['tenant']['data']['users'][number];

/** An accepted peer 1:1 between a and b, and a's side panel on it at 320 px, signed in. */
async function acceptedPanel(a: TenantUser, b: TenantUser) {
  const [ta, tb] = await Promise.all([e2e.stack.tokenFor(a.id), e2e.stack.tokenFor(b.id)]);
  const post = (token: string, path: string, body: unknown) =>
    e2e.stack.api(path, {
      method: 'POST',
      token,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  const id = (await (await post(ta, '/relationships', { peer: b.id, goal: 'ideas', cadenceWeeks: 4 })).json()).id;
  await post(tb, `/relationships/${id}/respond`, { action: 'accept' });
  const page = await e2e.browser.newPage({ viewport: { width: 320, height: 900 } });
  return { id, tb, page };
}

/** Answers the page's first agenda add with this problem; every other request reaches the API. */
async function refuseFirstAdd(
  page: Page,
  problem: { status: number; title: string; code: string; detail: string },
  retryAfter: string,
) {
  const refused = { count: 0 };
  await page.route('**/api/relationships/*/agenda', async (route) => {
    if (route.request().method() !== 'POST' || refused.count > 0) return route.continue();
    refused.count += 1;
    await route.fulfill({
      status: problem.status,
      headers: { 'Content-Type': 'application/problem+json', 'Retry-After': retryAfter },
      body: JSON.stringify({ type: 'about:blank', ...problem }),
    });
  });
  return refused;
}

/** Opens the side panel for the relationship and signs in as the user. */
async function openPanel(page: Page, id: string, user: TenantUser) {
  await page.goto(`${e2e.stack.webUrl}/sidepanel.html?relationship=${id}`);
  // The sign-in page replaces the first navigation, so wait for its button rather than the URL.
  await page.getByRole('button', { name: new RegExp(user.displayName) }).click();
}

describe('an add that meets a busy service or a rate limit', () => {
  it('shows "retrying", keeps what was typed, and re-sends it once the wait is over', async () => {
    const users = e2e.stack.tenant.data.users;
    const a = users.find((u) => u.department === 'Sales' && u.managerId) ?? users[1]!;
    const b = users.find((u) => u.department === 'Engineering' && u.managerId && u.id !== a.id)!;
    const { id, tb, page } = await acceptedPanel(a, b);
    // The first add is refused by the edge's write bucket (429 before anything ran); the re-send
    // reaches the real API.
    const refused = await refuseFirstAdd(
      page,
      {
        status: 429,
        title: 'Too many requests',
        code: 'rate-limited',
        detail: 'Too many changes at once; try again shortly.',
      },
      '2',
    );
    await openPanel(page, id, a);
    const box = page.getByRole('textbox', { name: 'Add an agenda item' });
    await box.fill('Quarterly goals');
    await page.getByRole('button', { name: 'Add', exact: true }).click();

    const status = page.getByRole('status').filter({ hasText: 'Retrying' });
    await status.waitFor();
    expect(await status.textContent()).toContain('what you entered is kept');
    expect(await box.inputValue()).toBe('Quarterly goals');

    await page.getByRole('list', { name: 'Agenda items' }).getByText('Quarterly goals').waitFor();
    await expect.poll(() => box.inputValue()).toBe('');
    await status.waitFor({ state: 'detached' });
    expect(refused.count).toBe(1);
    const stored = await (await e2e.stack.api(`/relationships/${id}/agenda`, { token: tb })).json();
    expect(stored.items.filter((item: { text: string }) => item.text === 'Quarterly goals')).toHaveLength(1);
    await page.close();
  }, 90_000);

  it('a create that met a busy service (503) is not re-sent by itself: the user sees why and adds again', async () => {
    const users = e2e.stack.tenant.data.users;
    // A pair of its own, outside each other's reporting line and away from the first test's pair.
    const pool = users.filter((u) => u.managerId && u.department !== 'Sales' && u.department !== 'Engineering');
    const a = pool[0]!;
    const b = pool.find((u) => u.department !== a.department && u.managerId !== a.id && a.managerId !== u.id)!;
    const { id, tb, page } = await acceptedPanel(a, b);
    // Storage past its deadline: the item may or may not have been written, so only the user decides.
    const refused = await refuseFirstAdd(
      page,
      {
        status: 503,
        title: 'Service unavailable',
        code: 'dependency-unavailable',
        detail: 'Storage is not answering right now; try again shortly.',
      },
      '1',
    );
    await openPanel(page, id, a);
    const box = page.getByRole('textbox', { name: 'Add an agenda item' });
    await box.fill('Hiring plan');
    await page.getByRole('button', { name: 'Add', exact: true }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Retrying' }).count()).toBe(0);
    expect(await box.inputValue()).toBe('Hiring plan');
    // What was typed is still there, so adding again is the retry.
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('list', { name: 'Agenda items' }).getByText('Hiring plan').waitFor();
    expect(refused.count).toBe(1);
    const stored = await (await e2e.stack.api(`/relationships/${id}/agenda`, { token: tb })).json();
    expect(stored.items.filter((item: { text: string }) => item.text === 'Hiring plan')).toHaveLength(1);
    await page.close();
  }, 90_000);
});
