import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './e2e-browser';
import { startTestStack, type TestStack } from './test-stack';

export interface BrowserStack {
  readonly stack: TestStack;
  readonly browser: Browser;
}

/**
 * What every e2e file sets up: the test stack serving the built web app and one Chromium, started
 * before the file's tests (and before hooks registered after this call) and closed after them.
 * Call once at the top of a file; `options` go to the stack (a pinned clock, say).
 */
export function useBrowserStack(
  options: Omit<NonNullable<Parameters<typeof startTestStack>[0]>, 'web'> = {},
): BrowserStack {
  let stack: TestStack | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startTestStack({ ...options, web: 'static' }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });
  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`the e2e ${name} is not started (use it inside a hook or test)`);
    return value;
  };
  return {
    get stack() {
      return started(stack, 'stack');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}
