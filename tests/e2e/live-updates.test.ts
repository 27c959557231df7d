import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signedInPage } from '../support/e2e-browser';
import { useBrowserStack } from '../support/browser-stack';

const e2e = useBrowserStack();

/** The API calls a page makes, as method, path and whether it was conditional (If-None-Match). */
function recordApiCalls(page: Page) {
  const calls: { method: string; path: string; conditional: boolean; at: number }[] = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/api/')) return;
    calls.push({
      method: request.method(),
      path: url.pathname,
      conditional: request.headers()['if-none-match'] !== undefined,
      at: Date.now(),
    });
  });
  return calls;
}

describe('live updates between two side panels (outside Teams: the conditional-polling fallback)', () => {
  it("shows one peer's new agenda item on the other's panel without a reload; idle polls are conditional", async () => {
    const users = e2e.stack.tenant.data.users;
    const a = users.find((u) => u.department === 'Customer Success' && u.managerId)!;
    const b = users.find((u) => u.department === 'Engineering' && u.managerId)!;
    const created = await e2e.stack.callAs(a, 'POST', '/relationships', {
      peer: b.id,
      goal: 'workload',
      cadenceWeeks: 2,
    });
    const id = created.json.id as string;
    await e2e.stack.callAs(b, 'POST', `/relationships/${id}/respond`, { action: 'accept' });
    await e2e.stack.callAs(a, 'POST', `/relationships/${id}/agenda`, { text: 'Opening topic' });

    const url = `${e2e.stack.webUrl}/sidepanel.html?relationship=${id}`;
    const [first, second] = await Promise.all([
      signedInPage(e2e.browser, url, a.displayName),
      signedInPage(e2e.browser, url, b.displayName),
    ]);
    try {
      for (const { page } of [first, second]) {
        await page.setViewportSize({ width: 320, height: 900 });
        await page.getByRole('list', { name: 'Agenda items' }).getByText('Opening topic').waitFor();
      }
      const calls = recordApiCalls(second.page);
      const agendaPath = `/api/relationships/${id}/agenda`;

      // Idle: the other panel only asks whether the lists changed, and nothing re-reads a list.
      await expect
        .poll(() => calls.filter((c) => c.path === agendaPath && c.conditional).length, { timeout: 15_000 })
        .toBeGreaterThan(1);
      // From the first conditional poll on (the very first poll only learns the ETag).
      const since = calls.find((c) => c.conditional)!.at;
      const idle = calls.filter((c) => c.method === 'GET' && c.at >= since);
      expect(
        idle.every((c) => c.conditional),
        'every idle GET carries If-None-Match',
      ).toBe(true);
      expect(new Set(idle.map((c) => c.path))).toEqual(new Set([agendaPath, `/api/relationships/${id}/commitments`]));

      // A change by the first peer shows on the second peer's panel, which then re-reads the list once.
      const addedAt = Date.now();
      await first.page.getByRole('textbox', { name: 'Add an agenda item' }).fill('Hand-over of the on-call rota');
      await first.page.getByRole('button', { name: 'Add', exact: true }).click();
      await second.page
        .getByRole('list', { name: 'Agenda items' })
        .getByText('Hand-over of the on-call rota')
        .waitFor({ timeout: 15_000 });
      const latencyMs = Date.now() - addedAt;
      const rereads = calls.filter((c) => c.path === agendaPath && !c.conditional && c.at >= addedAt);
      expect(rereads.length, 'the list is re-read once the poll saw a new ETag').toBeGreaterThanOrEqual(1);
      expect(second.page.url()).toBe(url);
      console.log(`change-to-display on the other panel (polling fallback): ${latencyMs} ms`);
    } finally {
      await Promise.all([first.context.close(), second.context.close()]);
    }
  });
});
