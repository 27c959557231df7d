import { describe, expect, it } from 'vitest';
import { signedInPage } from '../support/e2e-browser';
import { useBrowserStack } from '../support/browser-stack';

const e2e = useBrowserStack();

describe('the message catalogue in the built pages', () => {
  const user = () => e2e.stack.tenant.data.users.find((u) => u.managerId)!;

  it('?locale=qps-ploc shows the generated pseudo-locale (accented, bracketed) in the shell', async () => {
    const { context, page } = await signedInPage(
      e2e.browser,
      `${e2e.stack.webUrl}/tab.html?locale=qps-ploc`,
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
    const { context, page } = await signedInPage(e2e.browser, `${e2e.stack.webUrl}/tab.html`, user().displayName);
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
