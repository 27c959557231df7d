import type { Browser } from 'playwright-core';
import type { TenantUser } from '../../dev/demo-tenant/tenant-schema';
import { useBrowserStack } from './browser-stack';
import type { startTestStack, TestStack } from './test-stack';

export interface SidePanelSession {
  readonly stack: TestStack;
  readonly browser: Browser;
  /** An accepted peer 1:1 between `a` (who invites) and `b`: its id. */
  activeRelationship(a: TenantUser, b: TenantUser): Promise<string>;
  /** The side panel page for a relationship, with extra query parameters (e.g. `theme=dark`). */
  sidePanelUrl(relationshipId: string, query?: string): string;
}

/**
 * The browser stack (useBrowserStack) with the side panel's helpers. Call once at the top of a
 * file; `options` go to the stack (a pinned clock, say).
 */
export function useSidePanelSession(
  options: Omit<NonNullable<Parameters<typeof startTestStack>[0]>, 'web'> = {},
): SidePanelSession {
  const e2e = useBrowserStack(options);
  const session: SidePanelSession = {
    get stack() {
      return e2e.stack;
    },
    get browser() {
      return e2e.browser;
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
