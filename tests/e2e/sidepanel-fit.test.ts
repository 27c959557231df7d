import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNoSidewaysScroll, signedInPage } from '../support/e2e-browser';
import { useSidePanelSession } from '../support/side-panel-session';

const session = useSidePanelSession();

const LONG_WORD = 'Supercalifragilistic'.repeat(12);
const LONG_URL = `https://example.com/${'a-really-long-path-segment'.repeat(10)}?q=${'x'.repeat(80)}`;

/** Nothing on the page is wider than the frame, and the named control is fully inside it. */
async function expectFits(page: Page, label: string) {
  await expectNoSidewaysScroll(page, label);
  const widths = { client: await page.evaluate(() => document.documentElement.clientWidth) };
  for (const button of [page.getByRole('button', { name: 'Add', exact: true })]) {
    const box = (await button.boundingBox())!;
    expect(box.x + box.width, `${label}: the Add button is cut off`).toBeLessThanOrEqual(widths.client);
  }
  const arrows = page.getByRole('button', { name: /^Move ".*" down$/ });
  const arrow = (await arrows.first().boundingBox())!;
  expect(arrow.x + arrow.width, `${label}: the reorder arrows are cut off`).toBeLessThanOrEqual(widths.client);
}

describe('the meeting side panel fits its frame', () => {
  it('wraps long words and URLs at 280, 320 and 350 px, and passes axe in every theme', async () => {
    const { stack, browser } = session;
    const users = stack.tenant.data.users;
    const a = users.find((u) => u.department === 'Product' && u.managerId)!;
    const b = users.find((u) => u.department === 'Design' && u.managerId)!;
    const id = await session.activeRelationship(a, b);
    await stack.callAs(a, 'POST', `/relationships/${id}/agenda`, { text: LONG_WORD });
    await stack.callAs(a, 'POST', `/relationships/${id}/agenda`, { text: LONG_URL });
    await stack.callAs(a, 'POST', `/relationships/${id}/commitments`, { text: LONG_URL, owner: a.id });

    const { context, page } = await signedInPage(browser, session.sidePanelUrl(id), a.displayName);
    await page.getByRole('list', { name: 'Agenda items' }).getByText(LONG_WORD).waitFor();
    await page.getByRole('textbox', { name: 'Notes for yourself' }).fill(LONG_URL);
    for (const width of [280, 320, 350]) {
      await page.setViewportSize({ width, height: 900 });
      await expectFits(page, `side panel at ${width} px`);
    }
    for (const theme of ['light', 'dark', 'contrast']) {
      await page.goto(session.sidePanelUrl(id, `theme=${theme}`));
      await page.getByRole('list', { name: 'Agenda items' }).getByText(LONG_WORD).waitFor();
      expect(await page.locator('[data-theme]').first().getAttribute('data-theme')).toBe(theme);
      await expectFits(page, `side panel in ${theme}`);
      await expectAccessible(page, `side panel in ${theme}`);
    }
    await context.close();
  });

  it('removes an agenda item and ticks a commitment with undo, which restores both through the API', async () => {
    const { stack, browser } = session;
    const users = stack.tenant.data.users;
    const a = users.find((u) => u.department === 'Engineering' && u.managerId)!;
    const b = users.find((u) => u.department === 'Design' && u.managerId && u.id !== a.id)!;
    const id = await session.activeRelationship(a, b);
    for (const text of ['First topic', 'Second topic', 'Third topic'])
      await stack.callAs(a, 'POST', `/relationships/${id}/agenda`, { text });
    const texts = async () =>
      (
        (await stack.callAs(b, 'GET', `/relationships/${id}/agenda`)).json as {
          items: { text: string; order: number }[];
        }
      ).items
        .sort((x, y) => x.order - y.order)
        .map((item) => item.text);

    const { context, page } = await signedInPage(browser, session.sidePanelUrl(id), a.displayName);
    await page.setViewportSize({ width: 320, height: 900 });
    const agenda = page.getByRole('list', { name: 'Agenda items' });
    await agenda.getByText('Second topic').waitFor();
    await page.getByRole('button', { name: 'Remove "Second topic"' }).click();
    await page.getByText('Agenda item removed', { exact: true }).waitFor();
    await agenda.getByText('Second topic').waitFor({ state: 'detached' });
    expect(await texts()).toEqual(['First topic', 'Third topic']);

    await page.getByRole('button', { name: 'Undo' }).click();
    await agenda.getByText('Second topic').waitFor();
    await expect.poll(texts).toEqual(['First topic', 'Second topic', 'Third topic']);
    await expect
      .poll(() => agenda.getByRole('listitem').allTextContents())
      .toEqual(['First topic', 'Second topic', 'Third topic']);

    // Ticking a commitment offers undo too; undo reopens it on the server (with its current ETag).
    await stack.callAs(a, 'POST', `/relationships/${id}/commitments`, {
      text: 'Send the notes',
      owner: a.id,
      dueDate: '2026-12-09',
    });
    const status = async () =>
      ((await stack.callAs(b, 'GET', `/relationships/${id}/commitments`)).json as { commitments: { status: string }[] })
        .commitments[0]!.status;
    await page.reload();
    const commitment = page.getByRole('checkbox', { name: /^Send the notes \(due .*Dec.*9.*\)$/ });
    await commitment.check();
    await page.getByText('Commitment marked done', { exact: true }).waitFor();
    await expect.poll(status).toBe('done');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(status).toBe('open');
    await expect.poll(() => commitment.isChecked()).toBe(false);
    await context.close();
  });
});
