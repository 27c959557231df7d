import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchChromium, screenshot, signedInPage } from '../support/e2e-browser';
import { startTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let browser: Browser;
type User = TestStack['tenant']['data']['users'][number];
let pm: User;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack({ web: 'static' }), launchChromium()]);
  pm = stack.tenant.data.users.find(
    (u) => u.department === 'Product' && /product manager/i.test(u.jobTitle) && u.timeZone === 'Eastern Standard Time',
  )!;
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('the Peers tab', () => {
  it('takes a product manager from a suggestion to a booked peer 1:1 the designer accepts', async () => {
    const { context, page } = await signedInPage(browser, `${stack.webUrl}/tab.html`, pm.displayName);
    page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
    page.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text().slice(0, 300)));
    await page.getByRole('heading', { level: 1 }).waitFor();

    // Empty state first, then suggestions with their reasons.
    await page.getByText('You have no peer 1:1s yet').waitFor();
    await expectAccessible(page, 'my peers (empty)');
    await page.getByRole('tab', { name: 'Suggestions' }).click();
    const suggestions = page.getByRole('list', { name: 'Suggested peers' });
    await suggestions.waitFor();
    await expectAccessible(page, 'suggestions');
    await screenshot(page, 'tab-suggestions-light');

    const designerCard = suggestions.getByRole('listitem').filter({ hasText: 'Design ·' }).first();
    const designerName = (await designerCard.getByRole('heading').textContent())!.trim();
    const designer = stack.tenant.data.users.find((u) => u.displayName === designerName)!;
    expect(
      await designerCard
        .getByRole('list', { name: `Why ${designerName}` })
        .getByRole('listitem')
        .count(),
    ).toBeGreaterThan(0);

    // Start: goal, cadence (suggested preselected), format.
    await designerCard.getByRole('button', { name: `Start a peer 1:1 with ${designerName}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /Clear communication barriers/ }).check();
    const cadence = dialog.getByRole('combobox', { name: 'How often' });
    expect(await cadence.locator('option:checked').textContent()).toMatch(/\(suggested\)$/);
    await cadence.selectOption('3');
    await dialog.getByRole('radio', { name: 'Coffee' }).check();
    await expectAccessible(page, 'start dialog');
    await dialog.getByRole('button', { name: 'Find a time' }).click();

    // Top three slots from /api/slots; pick the second and book it.
    const slots = dialog.getByRole('radiogroup', { name: /Times that suit you and/ });
    await slots.waitFor();
    const options = slots.getByRole('radio');
    expect(await options.count()).toBeGreaterThan(0);
    expect(await options.count()).toBeLessThanOrEqual(3);
    await screenshot(page, 'tab-start-dialog-slots-light');
    await options.last().check();
    await dialog.getByRole('button', { name: 'Create the meeting' }).click();

    // The relationship page opens; back in My peers it is listed with its next meeting.
    await page.getByRole('heading', { name: `Peer 1:1 with ${designerName}` }).waitFor();
    await expectAccessible(page, 'relationship page');
    await screenshot(page, 'tab-relationship-light');
    await page.getByRole('button', { name: 'My peers' }).click();
    const row = page.getByTestId(`peer-row-${designer.id}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Every 3 weeks');
    expect(await row.textContent()).not.toContain('None booked');
    await expectAccessible(page, 'my peers');
    await screenshot(page, 'tab-my-peers-light');
    await context.close();

    // The designer, in another browser context, sees the invitation and accepts it.
    const other = await signedInPage(browser, `${stack.webUrl}/tab.html`, designer.displayName);
    const invitations = other.page.getByRole('region', { name: 'Invitations' });
    await other.page.getByText(`${pm.displayName} invited you to a peer 1:1`).waitFor();
    await expectAccessible(other.page, 'invitations');
    await other.page.getByRole('button', { name: 'Accept' }).click();
    await other.page.getByTestId(`peer-row-${pm.id}`).waitFor();
    expect(await invitations.count()).toBe(0);
    await other.context.close();
  });
});
