import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSidewaysScroll, signedInPage } from '../support/e2e-browser';
import { useBrowserStack } from '../support/browser-stack';
import { dataWords, pseudoMessage, untranslatedText } from './untranslated-text';

const e2e = useBrowserStack();

const AGENDA_TEXT = 'Quarterly roadmap walkthrough';
const COMMITMENT_TEXT = 'Send the hiring plan draft';

/** Everything a page may show verbatim: the demo tenant's people and teams, and this test's own texts. */
const pageData = () => dataWords(e2e.stack.tenant.data.users, [AGENDA_TEXT, COMMITMENT_TEXT]);

async function expectPseudoOnly(page: Page, label: string, width: number) {
  await page.waitForLoadState('networkidle');
  // The page did render catalogue text (pseudo strings are bracketed and padded with dots).
  expect(await page.locator('body').innerText(), `${label}: no pseudo-localised text`).toMatch(/\[[^\]]+·\]/);
  expect.soft(await untranslatedText(page, pageData()), `${label}: text not from the catalogue`).toEqual([]);
  await expectNoSidewaysScroll(page, `${label} at ${width} px`);
}

describe('every surface in the pseudo-locale', () => {
  it('shows only catalogue text (and data) on the side panel, the config page, compose and the tab, at their widths', async () => {
    const users = e2e.stack.tenant.data.users;
    const me = users.find((u) => u.department === 'Product' && u.managerId)!;
    const peer = users.find((u) => u.department === 'Design' && u.managerId)!;
    const created = await e2e.stack.callAs(me, 'POST', '/relationships', {
      peer: peer.id,
      goal: 'barriers',
      cadenceWeeks: 4,
    });
    const id = created.json.id as string;
    await e2e.stack.callAs(peer, 'POST', `/relationships/${id}/respond`, { action: 'accept' });
    await e2e.stack.callAs(me, 'POST', `/relationships/${id}/agenda`, { text: AGENDA_TEXT });
    await e2e.stack.callAs(me, 'POST', `/relationships/${id}/commitments`, {
      text: COMMITMENT_TEXT,
      owner: me.id,
      dueDate: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
    });
    const now = Date.now();
    await e2e.stack.callAs(me, 'POST', `/relationships/${id}/meetings`, {
      start: new Date(now - 5 * 60_000).toISOString(),
      end: new Date(now + 25 * 60_000).toISOString(),
    });

    const { context, page } = await signedInPage(
      e2e.browser,
      `${e2e.stack.webUrl}/sidepanel.html?relationship=${id}&locale=qps-ploc`,
      me.displayName,
    );
    try {
      await page.setViewportSize({ width: 320, height: 900 });
      await page.getByText(AGENDA_TEXT).waitFor();
      await page.getByText(COMMITMENT_TEXT).waitFor();
      await expectPseudoOnly(page, 'side panel', 320);

      await page.goto(`${e2e.stack.webUrl}/sidepanel.html?locale=qps-ploc`);
      await page.getByRole('button', { name: /Ş/ }).first().waitFor();
      await expectPseudoOnly(page, 'side panel without a relationship', 320);

      await page.goto(`${e2e.stack.webUrl}/config.html?locale=qps-ploc`);
      await page.getByRole('radio', { name: new RegExp(peer.displayName) }).waitFor();
      await expectPseudoOnly(page, 'config page', 320);

      await page.setViewportSize({ width: 350, height: 900 });
      await page.goto(`${e2e.stack.webUrl}/compose.html?locale=qps-ploc`);
      await page.locator('select option', { hasText: peer.displayName }).waitFor({ state: 'attached' });
      await expectPseudoOnly(page, 'compose pane', 350);
      // Times with their reasons, then the booking's confirmation.
      await page.locator('select').first().selectOption({ label: peer.displayName });
      await page.getByRole('button', { name: pseudoMessage('compose.findTimes') }).click();
      // This pair's working hours never overlap (Los Angeles and London): the reason, then times outside them.
      const outside = page.getByRole('button', { name: pseudoMessage('slots.findOutsideHours') });
      await outside.waitFor();
      await expectPseudoOnly(page, 'compose pane, hours that never overlap', 350);
      await outside.click();
      await page.getByRole('radiogroup', { name: pseudoMessage('compose.slotsLabel') }).waitFor();
      await expectPseudoOnly(page, 'compose pane with times', 350);
      await page.getByRole('button', { name: pseudoMessage('compose.create') }).click();
      await page.getByText(pseudoMessage('compose.created')).waitFor();
      await expectPseudoOnly(page, 'compose pane, meeting created', 350);

      await page.setViewportSize({ width: 1000, height: 900 });
      await page.goto(`${e2e.stack.webUrl}/tab.html?locale=qps-ploc`);
      const row = page.getByTestId(`peer-row-${peer.id}`);
      await row.waitFor();
      await expectPseudoOnly(page, 'tab, my peers', 1000);
      await row.getByRole('button', { name: peer.displayName }).click();
      await page.getByText(AGENDA_TEXT).waitFor();
      await expectPseudoOnly(page, 'tab, relationship page', 1000);

      // The other top views, reached by their tabs (in order: peers, suggestions, connections).
      const views = page.getByRole('tablist').getByRole('tab');
      await views.nth(1).click();
      await page.locator('li h3').first().waitFor();
      await expectPseudoOnly(page, 'tab, suggestions', 1000);
      // The start dialog: the suggested cadence with its reason, then times.
      const suggested = (await page.locator('li h3').first().textContent())!.trim();
      await page
        .getByRole('button', { name: pseudoMessage('tab.suggestions.startNamed', { name: suggested }) })
        .click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: pseudoMessage('tab.start.findTime') }).waitFor();
      await expectPseudoOnly(page, 'tab, start dialog', 1000);
      await dialog.getByRole('button', { name: pseudoMessage('tab.start.findTime') }).click();
      await dialog.getByRole('radiogroup').last().waitFor();
      await expectPseudoOnly(page, 'tab, start dialog with times', 1000);
      await dialog.getByRole('button', { name: pseudoMessage('tab.start.cancel') }).click();
      await dialog.waitFor({ state: 'detached' });
      await views.nth(2).click();
      await page.getByRole('table').first().waitFor();
      await expectPseudoOnly(page, 'tab, connections', 1000);
    } finally {
      await context.close();
    }
  });
});
