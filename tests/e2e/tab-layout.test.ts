import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoSidewaysScroll, screenshot, signedInPage } from '../support/e2e-browser';
import { useBrowserStack } from '../support/browser-stack';
import type { TestStack } from '../support/test-stack';
import { dataWords, untranslatedText } from './untranslated-text';

const e2e = useBrowserStack();
type User = TestStack['tenant']['data']['users'][number];
let host: User;
let inviter: User;
let other: User;

// One unbroken "word" longer than any frame: it must wrap, never widen the page.
const LONG = `Alignment${'x'.repeat(180)}https://example.com/${'a'.repeat(120)}`;

beforeAll(async () => {
  host = e2e.stack.tenant.data.users.find((u) => u.department === 'Design' && u.managerId)!;
  inviter = e2e.stack.tenant.data.users.find((u) => u.department === 'Sales' && u.managerId)!;
  other = e2e.stack.tenant.data.users.find((u) => u.department === 'Engineering' && u.managerId)!;
  // An invitation with a long custom goal (shown to the host), and one relationship of the host's own.
  expect(
    (
      await e2e.stack.callAs(inviter, 'POST', '/relationships', {
        peer: host.id,
        goal: 'custom',
        goalNote: LONG.slice(0, 480),
        cadenceWeeks: 2,
      })
    ).status,
  ).toBe(201);
  expect(
    (await e2e.stack.callAs(host, 'POST', '/relationships', { peer: other.id, goal: 'ideas', cadenceWeeks: 4 })).status,
  ).toBe(201);
});

describe('the tab at real widths', () => {
  for (const width of [320, 1000, 1280]) {
    it(`fits ${width} px with long unbroken text: my peers, suggestions, settings, a relationship`, async () => {
      const { context, page } = await signedInPage(e2e.browser, `${e2e.stack.webUrl}/tab.html`, host.displayName);
      await page.setViewportSize({ width, height: 900 });
      await page.getByText(`${inviter.displayName} invited you to a peer 1:1`).waitFor();
      await page.getByTestId(`peer-row-${other.id}`).waitFor();
      await page.getByRole('textbox', { name: 'Filter peers' }).fill(LONG);
      await expectNoSidewaysScroll(page, `my peers at ${width}`);
      if (width < 700) expect(await page.getByRole('list', { name: 'My peer 1:1s' }).count()).toBe(1);
      else expect(await page.getByRole('grid', { name: 'My peer 1:1s' }).count()).toBe(1);
      await screenshot(page, `tab-my-peers-${width}`);
      await page.getByRole('textbox', { name: 'Filter peers' }).fill('');
      await page.getByRole('tab', { name: 'Suggestions' }).click();
      await page.getByRole('list', { name: 'Suggested peers' }).waitFor();
      await expectNoSidewaysScroll(page, `suggestions at ${width}`);
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.getByRole('heading', { name: 'Your data' }).waitFor();
      await expectNoSidewaysScroll(page, `settings at ${width}`);
      await page.getByRole('tab', { name: 'My peers' }).click();
      await page.getByTestId(`peer-row-${other.id}`).getByRole('button', { name: other.displayName }).click();
      await page.getByRole('heading', { name: `Peer 1:1 with ${other.displayName}` }).waitFor();
      await page.getByRole('heading', { name: 'Meetings and my notes' }).waitFor();
      await expectNoSidewaysScroll(page, `relationship at ${width}`);
      await screenshot(page, `tab-relationship-${width}`);
      await context.close();
    });
  }
});

describe('the tab and compose in the pseudo-locale', () => {
  it('renders every string of my views from the catalogue (qps-ploc) at 1280 and 320 px; compose at 350 px', async () => {
    // People and teams are data; the invitation's own goal note is the inviter's words.
    const allowed = dataWords(e2e.stack.tenant.data.users, [LONG.slice(0, 480)]);
    for (const width of [1280, 320]) {
      const { context, page } = await signedInPage(
        e2e.browser,
        `${e2e.stack.webUrl}/tab.html?locale=qps-ploc`,
        host.displayName,
      );
      await page.setViewportSize({ width, height: 900 });
      await page.getByTestId('invitation-terms').waitFor();
      await page.getByTestId(`peer-row-${other.id}`).waitFor();
      const peers = await untranslatedText(page, allowed);
      expect(peers, `my peers at ${width}`).toEqual([]);
      await expectNoSidewaysScroll(page, `pseudo my peers at ${width}`);
      await page.locator('[role="tab"]').nth(3).click();
      await page.locator('#my-data-heading').waitFor();
      expect(await untranslatedText(page, allowed), `settings at ${width}`).toEqual([]);
      await page.locator('[role="tab"]').nth(1).click();
      await page.locator('ul[aria-label] > li').first().waitFor();
      expect(await untranslatedText(page, allowed), `suggestions at ${width}`).toEqual([]);
      await expectNoSidewaysScroll(page, `pseudo suggestions at ${width}`);
      await screenshot(page, `tab-pseudo-${width}`);
      await context.close();
    }
    const compose = await signedInPage(
      e2e.browser,
      `${e2e.stack.webUrl}/compose.html?locale=qps-ploc`,
      host.displayName,
    );
    await compose.page.setViewportSize({ width: 350, height: 900 });
    await compose.page.locator('select').first().waitFor();
    expect(await untranslatedText(compose.page, allowed), 'compose').toEqual([]);
    await expectNoSidewaysScroll(compose.page, 'pseudo compose at 350');
    await screenshot(compose.page, 'compose-pseudo-350');
    await compose.context.close();
  });
});

describe('my views in every theme', () => {
  for (const theme of ['light', 'dark', 'contrast'] as const) {
    it(`passes axe in the ${theme} theme: my peers with an invitation, settings and the delete dialog, the start dialog`, async () => {
      const { context, page } = await signedInPage(
        e2e.browser,
        `${e2e.stack.webUrl}/tab.html?theme=${theme}`,
        host.displayName,
        theme === 'dark' ? { colorScheme: 'dark' } : {},
      );
      await page.getByTestId('invitation-terms').waitFor();
      await expectAccessible(page, `my peers (${theme})`);
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.getByRole('button', { name: 'Delete my data' }).click();
      await page.getByRole('alertdialog').waitFor();
      await expectAccessible(page, `delete dialog (${theme})`);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('tab', { name: 'Suggestions' }).click();
      await page
        .getByRole('list', { name: 'Suggested peers' })
        .getByRole('button', { name: /^Start a peer 1:1 with/ })
        .first()
        .click();
      await page.getByRole('dialog').waitFor();
      // Unchosen options read like the chosen one (Fluent's own grey looked disabled); the pointer
      // is moved off them first, since a hovered option has its own colour.
      await page.mouse.move(0, 0);
      const labelColours = await page
        .getByRole('dialog')
        .locator('.fui-Radio')
        .evaluateAll((radios) =>
          radios.map((radio) => ({
            checked: (radio.querySelector('input') as HTMLInputElement).checked,
            colour: getComputedStyle(radio.querySelector('.fui-Radio__label')!).color,
          })),
        );
      const chosen = labelColours.find((r) => r.checked)!.colour;
      expect(labelColours.filter((r) => !r.checked).length).toBeGreaterThan(0);
      expect(new Set(labelColours.filter((r) => !r.checked).map((r) => r.colour))).toEqual(new Set([chosen]));
      await expectAccessible(page, `start dialog (${theme})`);
      await screenshot(page, `tab-start-dialog-${theme}`);
      await context.close();
    });
  }
});
