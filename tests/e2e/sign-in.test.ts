import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/e2e-browser';
import { useBrowserStack } from '../support/browser-stack';

const e2e = useBrowserStack();

describe('tab page in a plain browser', () => {
  it('signs in through the demo sign-in page and greets the user by name and team', async () => {
    const user = e2e.stack.tenant.data.users.find((u) => u.department === 'Design');
    if (!user) throw new Error('seed has no designer');
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.stack.webUrl}/tab.html`);

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
