import { describe, expect, it } from 'vitest';
import { expectAccessible, openInTheme, screenshot, signedInPage, THEMES } from '../support/e2e-browser';
import { useSidePanelSession } from '../support/side-panel-session';

// The narrow surfaces' views that no other file reads in every theme: the Outlook compose pane at
// 350 px (searches that find nobody or no peer, times, the booked confirmation), the side panel
// during a meeting (its closing rating) and once ended (read-only), and the unconfigured side panel.
const session = useSidePanelSession();
const picked = new Set<string>();

describe('the compose pane and the side panel in every theme', () => {
  for (const theme of THEMES) {
    it(`passes axe in ${theme}: compose searching, with times and booked, the side panel in a meeting, ended and unconfigured`, async () => {
      const { stack, browser } = session;
      const users = stack.tenant.data.users.filter((u) => u.managerId);
      // A pair per theme, in one zone on different teams: their working hours overlap, so times exist.
      const me = users.filter((u) => u.department === 'Customer Success')[THEMES.indexOf(theme)]!;
      const peer = users.find(
        (u) =>
          u.timeZone === me.timeZone &&
          !['Customer Success', 'Engineering'].includes(u.department ?? '') &&
          u.department !== me.department &&
          !picked.has(u.id),
      )!;
      picked.add(peer.id);
      const id = await session.activeRelationship(me, peer);
      // A meeting going on now: the panel is about it and closes with the rating.
      const now = Date.now();
      const meeting = await stack.callAs(me, 'POST', `/relationships/${id}/meetings`, {
        start: new Date(now - 5 * 60_000).toISOString(),
        end: new Date(now + 25 * 60_000).toISOString(),
      });
      expect(meeting.status).toBe(201);

      const { context, page } = await signedInPage(browser, `${stack.webUrl}/compose.html`, me.displayName);
      try {
        await page.setViewportSize({ width: 350, height: 900 });
        await page.getByRole('combobox', { name: 'Peer' }).waitFor();
        await openInTheme(page, `${stack.webUrl}/compose.html`, theme);
        const peerSelect = page.getByRole('combobox', { name: 'Peer' });
        await peerSelect.locator('option', { hasText: peer.displayName }).waitFor({ state: 'attached' });
        await expectAccessible(page, `compose pane (${theme})`);
        const search = async (query: string) => {
          await page.getByRole('textbox', { name: 'Or find someone by name' }).fill(query);
          await page.getByRole('button', { name: 'Search' }).click();
        };
        await search('Zzqxj');
        await page.getByText('Nobody matches “Zzqxj”.', { exact: false }).waitFor();
        await expectAccessible(page, `compose pane, nobody matches (${theme})`);
        // My own manager is found but cannot be a peer: the reason is listed.
        await search(stack.tenant.data.users.find((u) => u.id === me.managerId)!.displayName);
        await page.getByRole('list', { name: 'Found, but not available as a peer' }).waitFor();
        await expectAccessible(page, `compose pane, found but not a peer (${theme})`);
        await peerSelect.selectOption({ label: peer.displayName });
        await page.getByRole('button', { name: 'Find times' }).click();
        await page.getByRole('radiogroup', { name: 'Times that suit you both' }).waitFor();
        await expectAccessible(page, `compose pane with times (${theme})`);
        await screenshot(page, `axe-compose-slots-${theme}`);
        await page.getByRole('button', { name: 'Create the meeting' }).click();
        await page.getByText('The peer 1:1 series is in both calendars.', { exact: false }).waitFor();
        await expectAccessible(page, `compose pane, meeting created (${theme})`);

        await page.setViewportSize({ width: 320, height: 900 });
        await openInTheme(page, session.sidePanelUrl(id), theme);
        await page.getByRole('radiogroup', { name: /^How useful was this\?/ }).waitFor();
        await expectAccessible(page, `side panel in a meeting, with the closing rating (${theme})`);
        await screenshot(page, `axe-sidepanel-meeting-${theme}`);
        await page.getByRole('radio', { name: '4' }).check();
        await page.getByRole('button', { name: 'Save and mark as held' }).click();
        await page.getByText('Recorded as held, rated 4/5.').waitFor();
        await expectAccessible(page, `side panel, the meeting recorded as held (${theme})`);
        // Ended, the panel is read-only.
        const current = await stack.callAs(me, 'GET', `/relationships/${id}`);
        const ended = await stack.callAs(
          me,
          'PATCH',
          `/relationships/${id}`,
          { status: 'ended' },
          {
            'If-Match': current.etag!,
          },
        );
        expect(ended.status).toBe(200);
        await page.reload();
        await page.getByText('Nothing on the agenda yet.').waitFor();
        expect(await page.getByRole('textbox', { name: 'Add an agenda item' }).count()).toBe(0);
        await expectAccessible(page, `side panel of an ended peer 1:1 (${theme})`);

        await openInTheme(page, `${stack.webUrl}/sidepanel.html`, theme);
        await page.getByText('has no peer 1:1 attached yet', { exact: false }).waitFor();
        await expectAccessible(page, `side panel without a relationship (${theme})`);
      } finally {
        await context.close();
      }
    }, 120_000);
  }
});
