import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from '../support/e2e-browser';
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

describe('tab page in a plain browser', () => {
  it('signs in through the demo sign-in page and greets the user by name and team', async () => {
    const user = stack.tenant.data.users.find((u) => u.department === 'Design');
    if (!user) throw new Error('seed has no designer');
    const page = await browser.newPage();
    await page.goto(`${stack.webUrl}/tab.html`);

    // Not signed in yet: the tab sends us to the demo tenant's sign-in page.
    await page.waitForURL(/\/signin\?/);
    await page.getByRole('button', { name: new RegExp(user.displayName) }).click();

    await page.waitForURL(/\/tab\.html$/);
    const firstName = user.displayName.split(' ')[0]!;
    await page
      .getByRole('heading', { level: 1, name: new RegExp(`^Good (morning|afternoon|evening), ${firstName}$`) })
      .waitFor();
    expect(await page.getByTestId('greeting').textContent()).toContain(user.department);
    expect(page.url()).not.toContain('access_token');

    await screenshot(page, 'tab-greeting');
  });
});
