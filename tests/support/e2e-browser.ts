import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { chromiumPath } from './browser-path';

/** Headless Debian Chromium with the flags this closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A fresh browser context signed in as `displayName` through the demo tenant's sign-in page. */
export async function signedInPage(
  browser: Browser,
  url: string,
  displayName: string,
  options: { colorScheme?: 'light' | 'dark'; timezoneId?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(url);
  // The page sends us on to the sign-in page; waiting for its button (not for the URL) is immune to
  // a redirect that replaces an earlier navigation.
  await page.getByRole('button', { name: new RegExp(escapeRegExp(displayName)) }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
  return { context, page };
}

/**
 * The undo toast's 10 s life is a CSS animation, and expectAccessible waits for finite animations to
 * end: stopping that one timer keeps the toast up while axe reads the page (fade-ins still settle).
 */
export async function stopToastTimers(page: Page) {
  const stopped = await page.evaluate(
    () =>
      document
        .getAnimations()
        .filter((a) => Number(a.effect?.getTiming().duration) >= 5_000)
        .map((a) => a.cancel()).length,
  );
  expect(stopped, 'the toast has its timer animation').toBeGreaterThan(0);
}

/** The themes every surface ships (the `?theme=` parameter, as Teams' context gives them). */
export const THEMES = ['light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Loads `url` in `theme`: the `theme` query parameter, and for dark also the browser's dark colour
 * scheme (as a dark Teams client has). Checks the page took the theme before handing it back.
 */
export async function openInTheme(page: Page, url: string, theme: Theme) {
  await page.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
  const themed = new URL(url);
  themed.searchParams.set('theme', theme);
  await page.goto(themed.toString());
  expect(await page.locator('[data-theme]').first().getAttribute('data-theme')).toBe(theme);
}

/** The page is no wider than its frame: nothing scrolls sideways (a Teams store rule on every surface). */
export async function expectNoSidewaysScroll(page: Page, label: string) {
  const sizes = await page.evaluate(() => ({
    scroll: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    client: document.documentElement.clientWidth,
  }));
  expect(sizes.scroll, `${label}: page ${sizes.scroll}px wide in a ${sizes.client}px frame`).toBeLessThanOrEqual(
    sizes.client,
  );
}

/**
 * axe-core on the page as it is now: no serious or critical violations, and no sideways scroll (text
 * pushed outside the frame also loses its background, so the two go together).
 */
export async function expectAccessible(page: Page, label: string) {
  // Measure the settled page: a dialog or toast still fading in has, for that moment, low contrast.
  // Only finite animations are awaited (a spinner's never ends).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime ?? Infinity)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).analyze();
  // Fluent UI's focus manager (tabster) adds aria-hidden focus bumpers on purpose: they hand focus on
  // at once and must stay hidden from screen readers. Axe's aria-hidden-focus rule flags exactly those.
  const bad = results.violations
    .map((v) => ({
      ...v,
      nodes: v.id === 'aria-hidden-focus' ? v.nodes.filter((n) => !n.html.includes('data-tabster-dummy')) : v.nodes,
    }))
    .filter((v) => v.nodes.length > 0 && (v.impact === 'serious' || v.impact === 'critical'));
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    `${label}: serious or critical accessibility violations`,
  ).toEqual([]);
  await expectNoSidewaysScroll(page, label);
}

export async function screenshot(page: Page, name: string) {
  mkdirSync('test-artifacts', { recursive: true });
  await page.screenshot({ path: `test-artifacts/${name}.png`, fullPage: true });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
