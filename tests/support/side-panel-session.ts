import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { TenantUser } from '../../dev/demo-tenant/tenant-schema';
import { launchChromium } from './e2e-browser';
import { startTestStack, type TestStack } from './test-stack';

export interface SidePanelSession {
  readonly stack: TestStack;
  readonly browser: Browser;
  /** An accepted peer 1:1 between `a` (who invites) and `b`: its id. */
  activeRelationship(a: TenantUser, b: TenantUser): Promise<string>;
  /** The side panel page for a relationship, with extra query parameters (e.g. `theme=dark`). */
  sidePanelUrl(relationshipId: string, query?: string): string;
}

/**
 * What every side-panel e2e file sets up: the test stack serving the built web app and one
 * Chromium, started before the file's tests and closed after them. Call once at the top of a file;
 * `options` go to the stack (a pinned clock, say).
 */
export function useSidePanelSession(
  options: Omit<NonNullable<Parameters<typeof startTestStack>[0]>, 'web'> = {},
): SidePanelSession {
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
    if (value === undefined) throw new Error(`the side-panel session's ${name} is not started (use it inside a test)`);
    return value;
  };
  const session: SidePanelSession = {
    get stack() {
      return started(stack, 'stack');
    },
    get browser() {
      return started(browser, 'browser');
    },
    async activeRelationship(a, b) {
      const created = await session.stack.callAs(a, 'POST', '/relationships', {
        peer: b.id,
        goal: 'barriers',
        cadenceWeeks: 4,
      });
      if (created.status !== 201 && created.status !== 200)
        throw new Error(`creating the relationship answered ${created.status}`);
      const id = created.json.id as string;
      const accepted = await session.stack.callAs(b, 'POST', `/relationships/${id}/respond`, { action: 'accept' });
      if (accepted.status !== 200) throw new Error(`accepting the relationship answered ${accepted.status}`);
      return id;
    },
    sidePanelUrl: (relationshipId, query) =>
      `${session.stack.webUrl}/sidepanel.html?relationship=${relationshipId}${query ? `&${query}` : ''}`,
  };
  return session;
}
