import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { peerSuggestionsResponseSchema } from '../../shared/discovery';
import { expectAccessible, expectNoSidewaysScroll, screenshot, signedInPage } from '../support/e2e-browser';
import { useBrowserStack } from '../support/browser-stack';
import type { TestStack } from '../support/test-stack';

const e2e = useBrowserStack();
type User = TestStack['tenant']['data']['users'][number];
/** A Los Angeles user with a manager, and a suggested peer whose working hours never overlap theirs. */
let me: User;
let manager: User;
let apart: User;

const MANAGER_REASON = 'Your manager — peer 1:1s are with colleagues outside your reporting line';

beforeAll(async () => {
  const users = e2e.stack.tenant.data.users;
  for (const candidate of users.filter((u) => u.timeZone === 'Pacific Standard Time' && u.managerId)) {
    const answer = await e2e.stack.callAs(candidate, 'GET', '/peers/suggestions?limit=10');
    const { suggestions } = peerSuggestionsResponseSchema.parse(answer.json);
    const found = suggestions.find((s) => s.hoursOverlapMinutes === 0);
    if (!found) continue;
    me = candidate;
    apart = users.find((u) => u.id === found.user.id)!;
    manager = users.find((u) => u.id === candidate.managerId)!;
    break;
  }
  expect(me, 'the seed has a Los Angeles user with a never-overlapping suggestion').toBeDefined();
});

/** Every offered time says whose working hours it lies outside; at least one label per time. */
async function expectLabelledOutsideHours(group: ReturnType<Page['getByRole']>, peer: User) {
  const options = group.getByRole('radio');
  const count = await options.count();
  expect(count).toBeGreaterThan(0);
  const labels = await group.locator('label').allTextContents();
  expect(labels).toHaveLength(count);
  for (const text of labels) {
    expect(
      text.includes('Outside your working hours') || text.includes(`Outside ${peer.displayName}’s working hours`),
      text,
    ).toBe(true);
    // The page is en-US: every time, the reasons' too, is on the 12-hour clock (no "08:00" or "16:00").
    expect(text).not.toMatch(/\b(0\d|1[3-9]|2[0-3]):[0-5]\d\b/);
  }
}

describe('who can be a peer, and peers whose hours never overlap', () => {
  it('the tab greys out the manager with the reason, and offers labelled outside-hours times for a no-overlap peer', async () => {
    const { context, page } = await signedInPage(e2e.browser, `${e2e.stack.webUrl}/tab.html`, me.displayName);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'Suggestions' }).click();
    await page.getByRole('list', { name: 'Suggested peers' }).waitFor();

    // Search by the manager's full name: one match, greyed out, with the reason, never chosen.
    await page.getByRole('textbox', { name: 'Find someone by name' }).fill(manager.displayName);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const results = page.getByRole('list', { name: 'People found' });
    await results.waitFor();
    const row = results.getByRole('listitem').filter({ hasText: manager.displayName });
    const start = row.getByRole('button', { name: `Start a peer 1:1 with ${manager.displayName}` });
    expect(await start.getAttribute('aria-disabled')).toBe('true');
    expect(await row.getByText(MANAGER_REASON).isVisible()).toBe(true);
    expect(await start.getAttribute('aria-describedby')).toBe(await row.getByText(MANAGER_REASON).getAttribute('id'));
    await start.click({ force: true });
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expectNoSidewaysScroll(page, 'tab search at 1280 px');
    await expectAccessible(page, 'tab people search with an ineligible person');
    await screenshot(page, 'tab-search-manager-greyed');

    // The no-overlap suggestion carries only that reason, and its dialog offers labelled times at once.
    const card = page
      .getByRole('list', { name: 'Suggested peers' })
      .getByRole('listitem')
      .filter({
        has: page.getByRole('heading', { name: apart.displayName }),
      });
    const why = card.getByRole('list', { name: `Why ${apart.displayName}` }).getByRole('listitem');
    expect(await why.allTextContents()).toEqual([expect.stringMatching(/^Your working hours don’t overlap \(London /)]);
    await card.getByRole('button', { name: `Start a peer 1:1 with ${apart.displayName}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Find a time' }).click();
    const times = dialog.getByRole('radiogroup', { name: /Times that suit you and/ });
    await times.waitFor();
    await expectLabelledOutsideHours(times, apart);
    expect(await dialog.getByText('working hours don’t overlap, so these times lie outside').count()).toBe(1);
    await expectNoSidewaysScroll(page, 'start dialog at 1280 px');
    await expectAccessible(page, 'start dialog with outside-hours times');
    await screenshot(page, 'tab-start-dialog-outside-hours');
    // Nothing was created by looking: cancel leaves no relationship.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    const list = await e2e.stack.callAs(me, 'GET', '/relationships');
    expect(list.json.relationships).toEqual([]);
    await context.close();
  });

  it('the compose pane at 350 px greys out the manager with the reason and labels outside-hours times', async () => {
    const { context, page } = await signedInPage(e2e.browser, `${e2e.stack.webUrl}/compose.html`, me.displayName);
    await page.setViewportSize({ width: 350, height: 900 });
    const peerSelect = page.getByRole('combobox', { name: 'Peer' });
    await peerSelect.waitFor();

    await page.getByRole('textbox', { name: 'Or find someone by name' }).fill(manager.displayName);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('status').filter({ hasText: /found/ }).waitFor();
    // Listed, disabled, with the reason in view, and not selected (not even as the single match).
    const option = peerSelect.locator('option', { hasText: manager.displayName });
    expect(await option.isDisabled()).toBe(true);
    expect(await option.getAttribute('aria-disabled')).toBe('true');
    expect(await option.textContent()).toContain(MANAGER_REASON);
    const blocked = page.getByRole('list', { name: 'Found, but not available as a peer' });
    expect(await blocked.getByText(`${manager.displayName} — ${MANAGER_REASON}`).isVisible()).toBe(true);
    expect(await peerSelect.inputValue()).toBe('');
    await expectNoSidewaysScroll(page, 'compose search at 350 px');
    await expectAccessible(page, 'compose search with an ineligible person');

    await peerSelect.selectOption({ label: apart.displayName });
    await page.getByRole('button', { name: 'Find times' }).click();
    const times = page.getByRole('radiogroup', { name: 'Times that suit you both' });
    await times.waitFor();
    await expectLabelledOutsideHours(times, apart);
    await expectNoSidewaysScroll(page, 'compose outside-hours times at 350 px');
    await expectAccessible(page, 'compose outside-hours times');
    await screenshot(page, 'compose-outside-hours-350');
    await context.close();
  });
});
