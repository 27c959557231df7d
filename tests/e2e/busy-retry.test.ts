import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/e2e-browser';
import { startTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack({ web: 'static' }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('a busy service (503 with Retry-After) while adding', () => {
  it('shows "retrying", keeps what was typed, and re-sends it once the wait is over', async () => {
    const users = stack.tenant.data.users;
    const a = users.find((u) => u.department === 'Sales' && u.managerId) ?? users[1]!;
    const b = users.find((u) => u.department === 'Engineering' && u.managerId && u.id !== a.id)!;
    const [ta, tb] = await Promise.all([stack.tokenFor(a.id), stack.tokenFor(b.id)]);
    const post = (token: string, path: string, body: unknown) =>
      stack.api(path, {
        method: 'POST',
        token,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const id = (await (await post(ta, '/relationships', { peer: b.id, goal: 'ideas', cadenceWeeks: 4 })).json()).id;
    await post(tb, `/relationships/${id}/respond`, { action: 'accept' });

    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    // The first add meets storage answering 503 (as the API does past its storage deadline); the
    // re-send reaches the real API.
    let refused = 0;
    await page.route('**/api/relationships/*/agenda', async (route) => {
      if (route.request().method() !== 'POST' || refused > 0) return route.continue();
      refused += 1;
      await route.fulfill({
        status: 503,
        headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '2' },
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Service unavailable',
          status: 503,
          code: 'dependency-unavailable',
          detail: 'Storage is not answering right now; try again shortly.',
        }),
      });
    });
    await page.goto(`${stack.webUrl}/sidepanel.html?relationship=${id}`);
    // The sign-in page replaces the first navigation, so wait for its button rather than the URL.
    await page.getByRole('button', { name: new RegExp(a.displayName) }).click();
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
    expect(refused).toBe(1);
    const stored = await (await stack.api(`/relationships/${id}/agenda`, { token: tb })).json();
    expect(stored.items.filter((item: { text: string }) => item.text === 'Quarterly goals')).toHaveLength(1);
    await page.close();
  }, 90_000);
});
