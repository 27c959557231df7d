import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signedInPage, stopToastTimers } from '../support/e2e-browser';
import { useBrowserStack } from '../support/browser-stack';
import type { TestStack } from '../support/test-stack';
import { formatDateTime } from '../../shared/time';

const e2e = useBrowserStack();
type User = TestStack['tenant']['data']['users'][number];
let pm: User;

/** Intl may put a narrow no-break space before AM/PM: compare words, not space characters. */
const spaced = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Peer 1:1 series between two people in the demo tenant. */
const peerSeries = (a: User, b: User) =>
  e2e.stack.tenant.data.events.filter(
    (e) =>
      e.recurrence &&
      e.subject.startsWith('Peer 1:1') &&
      ((e.organizerId === a.id && e.attendeeIds.includes(b.id)) ||
        (e.organizerId === b.id && e.attendeeIds.includes(a.id))),
  );

beforeAll(async () => {
  pm = e2e.stack.tenant.data.users.find(
    (u) => u.department === 'Product' && /product manager/i.test(u.jobTitle) && u.timeZone === 'Eastern Standard Time',
  )!;
});

describe('the Peers tab', () => {
  it('takes a product manager from a suggestion to a booked peer 1:1 the designer accepts', async () => {
    const { context, page } = await signedInPage(e2e.browser, `${e2e.stack.webUrl}/tab.html`, pm.displayName);
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
    const designer = e2e.stack.tenant.data.users.find((u) => u.displayName === designerName)!;
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

    // The relationship page opens and says the time goes into both calendars once the designer accepts.
    await page.getByRole('heading', { name: `Peer 1:1 with ${designerName}` }).waitFor();
    await page.getByText(`Invitation sent to ${designerName}.`, { exact: false }).waitFor();
    // The closing dialog hands the page back to assistive tech (removes aria-hidden) a moment later.
    await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('aria-hidden'));
    await expectAccessible(page, 'relationship page');
    await screenshot(page, 'tab-relationship-light');
    const [relationship] = (await e2e.stack.callAs(pm, 'GET', '/relationships')).json.relationships as Array<{
      id: string;
      proposedSlot: { start: string; end: string };
    }>;
    expect(peerSeries(pm, designer)).toEqual([]);
    await page.getByRole('button', { name: 'My peers' }).click();
    const row = page.getByTestId(`peer-row-${designer.id}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Every 3 weeks');
    await expectAccessible(page, 'my peers');
    await screenshot(page, 'tab-my-peers-light');
    await page.getByRole('tab', { name: 'Connections' }).click();
    await page.getByRole('table', { name: 'Peers by department' }).waitFor();
    await expectAccessible(page, 'connections');
    await screenshot(page, 'tab-connections-light');

    // The designer, in another browser context, sees the invitation and accepts it.
    // Their browser is in another zone than the machine's: the time reads in the viewer's zone.
    const viewerZone = 'Asia/Kolkata';
    const other = await signedInPage(e2e.browser, `${e2e.stack.webUrl}/tab.html`, designer.displayName, {
      timezoneId: viewerZone,
    });
    const invitations = other.page.getByRole('region', { name: 'Invitations' });
    await other.page.getByText(`${pm.displayName} invited you to a peer 1:1`).waitFor();
    await expectAccessible(other.page, 'invitations');
    // Before accepting, the card says what Accept does with the proposed time.
    const when = formatDateTime(relationship!.proposedSlot.start, { locale: 'en-US', zone: viewerZone });
    const effect = other.page.getByTestId('invitation-accept-effect');
    expect(spaced(await effect.textContent())).toBe(spaced(`Accepting books ${when} in both calendars`));
    expect(await other.page.getByRole('button', { name: 'Accept' }).getAttribute('aria-describedby')).toBe(
      await effect.getAttribute('id'),
    );
    await other.page.getByRole('button', { name: 'Accept' }).click();
    await other.page.getByTestId(`peer-row-${pm.id}`).waitFor();
    expect(await invitations.count()).toBe(0);
    await other.context.close();

    // Accepting booked the proposed time: ONE series, organised by the PM, in both calendars.
    const series = peerSeries(pm, designer);
    expect(series).toHaveLength(1);
    expect(series[0]!.organizerId).toBe(pm.id);
    for (const person of [pm, designer]) {
      const view = await fetch(
        `${e2e.stack.tenant.url}/v1.0/me/calendarView?startDateTime=${relationship!.proposedSlot.start}&endDateTime=${relationship!.proposedSlot.end}`,
        { headers: { Authorization: `Bearer ${await e2e.stack.tokenFor(person.id)}` } },
      );
      const events = ((await view.json()) as { value: Array<{ seriesMasterId?: string }> }).value;
      expect(events.filter((e) => e.seriesMasterId === series[0]!.id)).toHaveLength(1);
    }
    // Back in the PM's tab the row shows the next meeting.
    await page.reload();
    await page.getByRole('tab', { name: 'My peers' }).click();
    await row.waitFor();
    await expect.poll(async () => row.textContent()).not.toContain('None booked');
    await context.close();
  });
});

describe('the Peers tab, day to day', () => {
  it('marks a commitment done, changes the cadence and sees counts and health follow; every view is accessible in dark theme', async () => {
    const users = e2e.stack.tenant.data.users;
    const me = users.find((u) => u.department === 'Marketing' && u.managerId)!;
    const peer = users.find((u) => u.department === 'Sales' && u.managerId)!;
    const [myToken, peerToken] = await Promise.all([e2e.stack.tokenFor(me.id), e2e.stack.tokenFor(peer.id)]);
    const api = async (token: string, method: string, path: string, body?: unknown, ifMatch?: string) => {
      const response = await e2e.stack.api(path, {
        method,
        token,
        headers: { 'Content-Type': 'application/json', ...(ifMatch ? { 'If-Match': ifMatch } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      return { json: await response.json(), etag: response.headers.get('etag') ?? '' };
    };
    // A relationship met five weeks ago, every 4 weeks, nothing booked: overdue.
    const id = (await api(myToken, 'POST', '/relationships', { peer: peer.id, goal: 'ideas', cadenceWeeks: 4 })).json
      .id;
    await api(peerToken, 'POST', `/relationships/${id}/respond`, { action: 'accept' });
    const metAt = new Date(Date.now() - 35 * 86_400_000);
    const meeting = await api(myToken, 'POST', `/relationships/${id}/meetings`, {
      start: metAt.toISOString(),
      end: new Date(metAt.getTime() + 30 * 60_000).toISOString(),
    });
    await api(myToken, 'PATCH', `/relationships/${id}/meetings/${meeting.json.id}`, { held: true }, meeting.etag);
    await api(peerToken, 'POST', `/relationships/${id}/commitments`, {
      text: 'Share the campaign calendar',
      owner: me.id,
    });

    const { context, page } = await signedInPage(e2e.browser, `${e2e.stack.webUrl}/tab.html`, me.displayName, {
      colorScheme: 'dark',
    });
    const row = page.getByTestId(`peer-row-${peer.id}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Overdue');
    expect(await row.getByLabel('1 mine, 0 theirs').count()).toBe(1);
    await expectAccessible(page, 'my peers (dark)');
    await screenshot(page, 'tab-my-peers-dark');

    // Keyboard: the peer's name is a link that opens the relationship with Enter.
    await row.getByRole('button', { name: peer.displayName }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Peer 1:1 with ${peer.displayName}` }).waitFor();
    await page.getByRole('checkbox', { name: 'Share the campaign calendar' }).check();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Share the campaign calendar' }).isChecked()).toBe(true);
    expect(await page.getByTestId('health-badge').textContent()).toBe('Overdue');
    await page.getByRole('combobox', { name: 'Cadence' }).selectOption('8');
    await expect.poll(() => page.getByTestId('health-badge').textContent()).not.toBe('Overdue');
    // Ticking offered an undo toast; axe reads the dark page with it up (its timer stopped, so the
    // check does not wait its 10 s out and find it gone).
    const undo = page.getByRole('button', { name: 'Undo' }).first();
    await undo.waitFor();
    await stopToastTimers(page);
    await expectAccessible(page, 'relationship page (dark)');
    expect(await undo.isVisible(), 'the undo toast was still up when axe read the dark page').toBe(true);
    await screenshot(page, 'tab-relationship-dark');

    await page.getByRole('button', { name: 'My peers' }).click();
    await row.waitFor();
    expect(await row.getByLabel('0 mine, 0 theirs').count()).toBe(1);
    expect(await row.textContent()).toContain('Every 8 weeks');
    expect(await row.textContent()).not.toContain('Overdue');

    await page.getByRole('tab', { name: 'Suggestions' }).click();
    await page.getByRole('list', { name: 'Suggested peers' }).waitFor();
    await expectAccessible(page, 'suggestions (dark)');
    await screenshot(page, 'tab-suggestions-dark');

    await page.getByRole('tab', { name: 'Connections' }).click();
    const table = page.getByRole('table', { name: 'Peers by department' });
    await table.waitFor();
    expect(await table.getByRole('row').filter({ hasText: 'Sales' }).textContent()).toContain('1');
    expect(await table.textContent()).toContain('Gap: none yet');
    await expectAccessible(page, 'connections (dark)');
    await screenshot(page, 'tab-connections-dark');
    await context.close();
  });
});

describe('the Peers tab by keyboard and in high contrast', () => {
  it('reaches "Start a peer 1:1" with the Tab key and passes axe in the high-contrast theme', async () => {
    const user = e2e.stack.tenant.data.users.find((u) => u.department === 'Engineering' && u.managerId)!;
    const { context, page } = await signedInPage(
      e2e.browser,
      `${e2e.stack.webUrl}/tab.html?theme=contrast#suggestions`,
      user.displayName,
    );
    await page.getByRole('list', { name: 'Suggested peers' }).waitFor();
    expect(await page.locator('[data-theme]').first().getAttribute('data-theme')).toBe('contrast');

    // From the top of the page, Tab moves through the tabs and the cards to a start button.
    await page.locator('body').focus();
    let reached = '';
    for (let presses = 0; presses < 25 && !reached.startsWith('Start a peer 1:1 with'); presses += 1) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')) || '';
    }
    expect(reached).toMatch(/^Start a peer 1:1 with /);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    // The modal hides the page from assistive tech while open; Fluent gives it back just after the
    // dialog leaves the DOM, and axe must read the page as it then is (it must come back).
    await page.waitForFunction(() => !document.getElementById('root')?.closest('[aria-hidden="true"]'));

    await expectAccessible(page, 'suggestions (high contrast)');
    await screenshot(page, 'tab-suggestions-contrast');
    await context.close();
  });
});
