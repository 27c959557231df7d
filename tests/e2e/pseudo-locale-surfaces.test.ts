import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSidewaysScroll, signedInPage } from '../support/e2e-browser';
import { useBrowserStack } from '../support/browser-stack';
import { untranslatedText } from './untranslated-text';

const e2e = useBrowserStack();

const AGENDA_TEXT = 'Quarterly roadmap walkthrough';
const COMMITMENT_TEXT = 'Send the hiring plan draft';

/** Everything a page may show verbatim: people and teams of the demo tenant, and this test's own texts. */
function dataWords(): string[] {
  const users = e2e.stack.tenant.data.users;
  // Avatars show a person's initials (first and last name's first letters): data too.
  const initials = (name: string) => {
    const words = name.split(/\s+/).filter(Boolean);
    return `${words[0]?.[0] ?? ''}${words.length > 1 ? (words.at(-1)?.[0] ?? '') : ''}`.toUpperCase();
  };
  return [
    ...users.flatMap((u) => [u.displayName, u.mail, u.department, u.jobTitle, initials(u.displayName)]),
    AGENDA_TEXT,
    COMMITMENT_TEXT,
    'Peer 1:1s', // the product's name, as in the manifest
  ].filter((w): w is string => typeof w === 'string' && w.length > 0);
}

async function expectPseudoOnly(page: Page, label: string, width: number) {
  await page.waitForLoadState('networkidle');
  // The page did render catalogue text (pseudo strings are bracketed and padded with dots).
  expect(await page.locator('body').innerText(), `${label}: no pseudo-localised text`).toMatch(/\[[^\]]+·\]/);
  expect.soft(await untranslatedText(page, dataWords()), `${label}: text not from the catalogue`).toEqual([]);
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
      await views.nth(2).click();
      await page.getByRole('table').first().waitFor();
      await expectPseudoOnly(page, 'tab, connections', 1000);
    } finally {
      await context.close();
    }
  });
});
