import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signedInPage } from '../support/e2e-browser';
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

describe('the message catalogue in the built pages', () => {
  const user = () => stack.tenant.data.users.find((u) => u.managerId)!;

  it('?locale=qps-ploc shows the generated pseudo-locale (accented, bracketed) in the shell', async () => {
    const { context, page } = await signedInPage(
      browser,
      `${stack.webUrl}/tab.html?locale=qps-ploc`,
      user().displayName,
    );
    try {
      const heading = page.getByTestId('greeting').getByRole('heading', { level: 1 });
      await heading.waitFor();
      const firstName = user().displayName.split(' ')[0]!;
      expect(await heading.textContent()).toMatch(
        new RegExp(`^\\[Ɠǿǿḓ (ḿǿřƞīƞɠ|ȧƒŧḗřƞǿǿƞ|ḗṽḗƞīƞɠ), ${firstName}·+\\]$`),
      );
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('qps-ploc');
    } finally {
      await context.close();
    }
  });

  it('without a choice the browser’s locale decides: English text, the page marked en-US', async () => {
    const { context, page } = await signedInPage(browser, `${stack.webUrl}/tab.html`, user().displayName);
    try {
      const heading = page.getByTestId('greeting').getByRole('heading', { level: 1 });
      await heading.waitFor();
      expect(await heading.textContent()).toMatch(/^Good (morning|afternoon|evening), /);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(
        await page.evaluate(() => Intl.getCanonicalLocales(navigator.language)[0]),
      );
    } finally {
      await context.close();
    }
  });
});
