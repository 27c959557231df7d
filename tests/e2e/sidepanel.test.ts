import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signedInPage } from '../support/e2e-browser';
import { useSidePanelSession } from '../support/side-panel-session';

const session = useSidePanelSession();

describe('the meeting side panel, both peers at once', () => {
  it('shares agenda and commitments live, keeps notes private, and records the meeting as held', async () => {
    const { stack, browser } = session;
    const users = stack.tenant.data.users;
    const a = users.find((u) => u.department === 'Product' && u.managerId)!;
    const b = users.find((u) => u.department === 'Design' && u.managerId)!;
    const id = await session.activeRelationship(a, b);
    const start = new Date(Date.now() - 10 * 60_000);
    await stack.callAs(a, 'POST', `/relationships/${id}/meetings`, {
      start: start.toISOString(),
      end: new Date(start.getTime() + 30 * 60_000).toISOString(),
    });

    const url = session.sidePanelUrl(id);
    const [pa, pb] = await Promise.all([
      signedInPage(browser, url, a.displayName),
      signedInPage(browser, url, b.displayName),
    ]);
    const pages: Page[] = [pa.page, pb.page];
    await Promise.all(pages.map((p) => p.getByRole('heading', { name: /Peer 1:1 with/ }).waitFor()));
    await Promise.all(pages.map((p) => p.getByRole('list', { name: 'Conversation prompts' }).waitFor()));

    // Both add agenda items at the same time; both end up seeing all of them.
    const addItems = async (page: Page, who: string) => {
      for (let i = 1; i <= 3; i += 1) {
        await page.getByRole('textbox', { name: 'Add an agenda item' }).fill(`${who} topic ${i}`);
        await page.getByRole('button', { name: 'Add', exact: true }).click();
        await page.getByText(`${who} topic ${i}`).waitFor();
      }
    };
    await Promise.all([addItems(pa.page, 'Alpha'), addItems(pb.page, 'Beta')]);
    for (const page of pages) {
      for (const text of ['Alpha topic 1', 'Alpha topic 3', 'Beta topic 1', 'Beta topic 3']) {
        await page.getByRole('list', { name: 'Agenda items' }).getByText(text).waitFor();
      }
      expect(await page.getByRole('list', { name: 'Agenda items' }).getByRole('listitem').count()).toBe(6);
    }

    // A's private notes autosave; B never sees them, in the page or through the API.
    const secret = 'Private thought: their release process worries me';
    await pa.page.getByRole('textbox', { name: 'Notes for this meeting' }).fill(secret);
    await expect.poll(() => pa.page.getByTestId('notes-status').textContent()).toBe('Saved');
    expect(await pb.page.getByRole('textbox', { name: 'Notes for this meeting' }).inputValue()).toBe('');
    const everything = JSON.stringify(
      await Promise.all(
        [
          '/relationships',
          `/relationships/${id}`,
          `/relationships/${id}/notes`,
          `/relationships/${id}/agenda`,
          '/me/export',
        ].map(async (path) => (await stack.callAs(b, 'GET', path)).json),
      ),
    );
    expect(everything).not.toContain('their release process');
    // Reloading keeps A's notes.
    await pa.page.reload();
    await expect.poll(() => pa.page.getByRole('textbox', { name: 'Notes for this meeting' }).inputValue()).toBe(secret);

    // A commitment B adds for A shows up on A's panel.
    await pb.page.getByRole('textbox', { name: 'New commitment' }).fill('Send the handoff checklist');
    await pb.page.getByRole('radio', { name: a.displayName }).check();
    await pb.page.getByRole('button', { name: 'Add commitment' }).click();
    await pa.page.getByRole('list', { name: 'My commitments' }).getByText('Send the handoff checklist').waitFor();

    await expectAccessible(pa.page, 'side panel');
    await screenshot(pa.page, 'sidepanel-light');

    // Closing: a private rating records the meeting as held.
    await pa.page.getByRole('radio', { name: '4' }).check();
    await pa.page.getByRole('button', { name: 'Save and mark as held' }).click();
    await pa.page.getByRole('status').filter({ hasText: 'Recorded as held, rated 4/5' }).waitFor();
    const meetingsForB = (await stack.callAs(b, 'GET', `/relationships/${id}/meetings`)).json;
    expect(meetingsForB.meetings[0].held).toBe(true);
    expect(meetingsForB.meetings[0].myRating).toBeUndefined();
    await Promise.all([pa.context.close(), pb.context.close()]);
  });
});
