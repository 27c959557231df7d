import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slotsResponseSchema } from '../../shared/scheduling/slots-response';
import { expectAccessible, launchChromium, screenshot, signedInPage } from '../support/e2e-browser';
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

describe('the compose pane in a plain browser', () => {
  it('creates the meeting in both demo calendars, and the slot is no longer offered', async () => {
    const users = stack.tenant.data.users;
    const organiser = users.find(
      (u) => u.department === 'Customer Success' && u.timeZone === 'GMT Standard Time' && u.managerId,
    )!;
    const peer = users.find((u) => u.department === 'Sales' && u.timeZone === 'Eastern Standard Time' && u.managerId)!;
    const [to, tp] = await Promise.all([stack.tokenFor(organiser.id), stack.tokenFor(peer.id)]);
    const created = await stack.api('/relationships', {
      method: 'POST',
      token: to,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ peer: peer.id, goal: 'workload', cadenceWeeks: 2 }),
    });
    expect(created.status).toBe(201);

    const { context, page } = await signedInPage(browser, `${stack.webUrl}/compose.html`, organiser.displayName);
    await page.getByText('Not inside an Outlook appointment').waitFor();
    const peerSelect = page.getByRole('combobox', { name: 'Peer' });
    await peerSelect.waitFor();
    await expectAccessible(page, 'compose pane');
    await peerSelect.selectOption({ label: peer.displayName });
    await page.getByRole('button', { name: 'Find times' }).click();
    const slots = page.getByRole('radiogroup', { name: 'Times that suit you both' });
    await slots.waitFor();
    await expectAccessible(page, 'compose pane with slots');
    await screenshot(page, 'compose-slots-light');

    // The preselected (best) slot is the one created.
    const offered = slotsResponseSchema.parse(
      await (
        await stack.api('/slots', {
          method: 'POST',
          token: to,
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ peers: [peer.id], cadenceWeeks: 2 }),
        })
      ).json(),
    );
    const best = offered.slots[0]!;
    await page.getByRole('button', { name: 'Create the meeting' }).click();
    await page.getByText('The peer 1:1 series is in both calendars.').waitFor();

    for (const token of [to, tp]) {
      const view = await fetch(
        `${stack.tenant.url}/v1.0/me/calendarView?startDateTime=${best.start}&endDateTime=${best.end}&$top=100`,
        { headers: { Authorization: `Bearer ${token}`, Prefer: 'outlook.timezone="UTC"' } },
      );
      const events = ((await view.json()) as { value: Array<{ subject: string }> }).value;
      expect(events.some((e) => e.subject.startsWith('Peer 1:1 ·'))).toBe(true);
    }
    const after = slotsResponseSchema.parse(
      await (
        await stack.api('/slots', {
          method: 'POST',
          token: to,
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ peers: [peer.id], cadenceWeeks: 2 }),
        })
      ).json(),
    );
    expect(after.slots.map((s) => s.start)).not.toContain(best.start);
    await context.close();
  });

  it('finds a colleague by name and offers times with them', async () => {
    const users = stack.tenant.data.users;
    const organiser = users.find(
      (u) => u.department === 'Customer Success' && u.timeZone === 'GMT Standard Time' && u.managerId,
    )!;
    const target = users.find((u) => u.department === 'Marketing' && u.timeZone === 'GMT Standard Time')!;
    const { context, page } = await signedInPage(browser, `${stack.webUrl}/compose.html`, organiser.displayName);
    await page.getByRole('textbox', { name: 'Or find someone by name' }).fill(target.displayName.slice(0, 4));
    await page.getByRole('button', { name: 'Search' }).click();
    const peerSelect = page.getByRole('combobox', { name: 'Peer' });
    // The search lists the matches and says how many; it never selects anyone by itself (issue 13).
    await page.getByText(/found: choose/).waitFor();
    expect(await peerSelect.locator('option:checked').textContent()).toBe('Choose a peer');
    await peerSelect.selectOption({ label: target.displayName });
    await page.getByRole('button', { name: 'Find times' }).click();
    await page.getByRole('radiogroup', { name: 'Times that suit you both' }).waitFor();
    await expectAccessible(page, 'compose pane after a search');

    // A search nobody matches says so.
    await page.getByRole('textbox', { name: 'Or find someone by name' }).fill('Zzqxj');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('Nobody matches “Zzqxj”.', { exact: false }).waitFor();
    await context.close();
  });

  it('the meeting tab config page lists the peer 1:1s and links the side panel', async () => {
    const users = stack.tenant.data.users;
    const organiser = users.find(
      (u) => u.department === 'Customer Success' && u.timeZone === 'GMT Standard Time' && u.managerId,
    )!;
    const other = users.find((u) => u.department === 'Marketing' && u.managerId)!;
    const token = await stack.tokenFor(organiser.id);
    const post = async (path: string, body: unknown) =>
      (
        await stack.api(path, {
          method: 'POST',
          token,
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).json();
    // A second relationship whose meeting is happening now: the one this meeting is most likely for.
    const rel = await post('/relationships', { peer: other.id, goal: 'ideas', cadenceWeeks: 4 });
    const now = Date.now();
    await post(`/relationships/${rel.id}/meetings`, {
      start: new Date(now - 5 * 60_000).toISOString(),
      end: new Date(now + 25 * 60_000).toISOString(),
    });

    const { context, page } = await signedInPage(browser, `${stack.webUrl}/config.html`, organiser.displayName);
    const group = page.getByRole('radiogroup', { name: 'Your peer 1:1s' });
    await group.waitFor();
    expect(await group.getByRole('radio').count()).toBe(2);
    await expect.poll(() => group.getByRole('radio', { name: new RegExp(other.displayName) }).isChecked()).toBe(true);
    await expectAccessible(page, 'config page');
    const link = page.getByRole('link', { name: 'Open the side panel for this peer 1:1' });
    expect(await link.getAttribute('href')).toBe(`sidepanel.html?relationship=${rel.id}`);
    await context.close();
  });
});
