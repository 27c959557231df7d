import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signedInPage, stopToastTimers } from '../support/e2e-browser';
import { useBrowserStack } from '../support/browser-stack';

const e2e = useBrowserStack();

const THEMES = ['light', 'dark', 'contrast'] as const;

async function activeRelationship(department: string, peerDepartment: string) {
  const users = e2e.stack.tenant.data.users;
  const me = users.find((u) => u.department === department && u.managerId)!;
  const peer = users.find((u) => u.department === peerDepartment && u.managerId && u.id !== me.id)!;
  const created = await e2e.stack.callAs(me, 'POST', '/relationships', {
    peer: peer.id,
    goal: 'ideas',
    cadenceWeeks: 4,
  });
  expect(created.status).toBe(201);
  const id = created.json.id as string;
  expect((await e2e.stack.callAs(peer, 'POST', `/relationships/${id}/respond`, { action: 'accept' })).status).toBe(200);
  return { me, peer, id };
}

describe('the undo toast and the config page in every theme', () => {
  it('passes axe with the undo toast showing, in light, dark and high contrast', async () => {
    const { me, id } = await activeRelationship('Marketing', 'Customer Success');
    for (const theme of THEMES)
      expect(
        (await e2e.stack.callAs(me, 'POST', `/relationships/${id}/agenda`, { text: `Topic for ${theme}` })).status,
      ).toBe(201);

    const { context, page } = await signedInPage(
      e2e.browser,
      `${e2e.stack.webUrl}/sidepanel.html?relationship=${id}`,
      me.displayName,
    );
    try {
      await page.setViewportSize({ width: 320, height: 900 });
      // Signed in and settled before the theme reloads (a reload mid sign-in would start it again).
      await page.getByText('Topic for light').waitFor();
      for (const theme of THEMES) {
        await page.goto(`${e2e.stack.webUrl}/sidepanel.html?relationship=${id}&theme=${theme}`);
        expect(await page.locator('[data-theme]').first().getAttribute('data-theme')).toBe(theme);
        await page.getByRole('button', { name: `Remove "Topic for ${theme}"` }).click();
        const toastTitle = page.getByText('Agenda item removed', { exact: true });
        await toastTitle.waitFor();
        await page.getByRole('button', { name: 'Undo' }).waitFor();
        await stopToastTimers(page);
        await expectAccessible(page, `side panel with the undo toast (${theme})`);
        expect(await toastTitle.isVisible(), `the toast was still up when axe read the ${theme} page`).toBe(true);
        await screenshot(page, `undo-toast-${theme}`);
      }
    } finally {
      await context.close();
    }
  });

  it('passes axe on the tab with the undo toast of a ticked commitment, at 1280 px in every theme', async () => {
    const { me, id } = await activeRelationship('Product', 'Sales');
    for (const theme of THEMES)
      expect(
        (
          await e2e.stack.callAs(me, 'POST', `/relationships/${id}/commitments`, {
            text: `Follow up (${theme})`,
            owner: me.id,
          })
        ).status,
      ).toBe(201);
    const { context, page } = await signedInPage(
      e2e.browser,
      `${e2e.stack.webUrl}/tab.html#relationship/${id}`,
      me.displayName,
    );
    try {
      await page.getByRole('checkbox', { name: 'Follow up (light)' }).waitFor();
      for (const theme of THEMES) {
        await page.goto(`${e2e.stack.webUrl}/tab.html?theme=${theme}#relationship/${id}`);
        expect(await page.locator('[data-theme]').first().getAttribute('data-theme')).toBe(theme);
        await page.getByRole('checkbox', { name: `Follow up (${theme})` }).check();
        const toastTitle = page.getByText('Commitment marked done', { exact: true });
        await toastTitle.waitFor();
        await stopToastTimers(page);
        await expectAccessible(page, `relationship page with the undo toast (${theme})`);
        expect(await toastTitle.isVisible(), `the toast was still up when axe read the ${theme} page`).toBe(true);
        await screenshot(page, `undo-toast-tab-${theme}`);
      }
    } finally {
      await context.close();
    }
  });

  it('passes axe on the config page in light, dark and high contrast', async () => {
    const { me, peer } = await activeRelationship('Sales', 'Engineering');
    const { context, page } = await signedInPage(e2e.browser, `${e2e.stack.webUrl}/config.html`, me.displayName);
    try {
      await page.getByRole('radio', { name: new RegExp(peer.displayName) }).waitFor();
      for (const theme of THEMES) {
        await page.goto(`${e2e.stack.webUrl}/config.html?theme=${theme}`);
        await page
          .getByRole('radiogroup', { name: 'Your peer 1:1s' })
          .getByRole('radio', { name: new RegExp(peer.displayName) })
          .waitFor();
        expect(await page.locator('[data-theme]').first().getAttribute('data-theme')).toBe(theme);
        await expectAccessible(page, `config page (${theme})`);
      }
    } finally {
      await context.close();
    }
  });
});
