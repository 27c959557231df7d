import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserStack } from '../support/browser-stack';

const e2e = useBrowserStack();

/** A new tab in the same browser (shared localStorage), signed in as `displayName`. */
async function signInTab(context: BrowserContext, url: string, displayName: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  // The page redirects to the demo sign-in page; waiting for its button (not for the URL, which
  // the redirect can report as an aborted navigation) is waiting for that page.
  await page.getByRole('button', { name: new RegExp(displayName) }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
  return page;
}

/** Every value in this browser's localStorage, joined: a draft anywhere in it shows up here. */
const storedText = (page: Page) => page.evaluate(() => Object.values({ ...localStorage }).join('\n'));

/** Note saves fail (the network is down), so what A types stays a local draft only. */
async function failNoteSaves(page: Page) {
  await page.route('**/api/relationships/*/notes*', (route) =>
    route.request().method() === 'GET' ? route.continue() : route.abort('internetdisconnected'),
  );
}

describe('private-note drafts on a shared browser', () => {
  it('a user switch clears the previous user’s drafts, and sign-out clears one’s own', async () => {
    const users = e2e.stack.tenant.data.users;
    const a = users.find((u) => u.department === 'Product' && u.managerId)!;
    const b = users.find((u) => u.department === 'Design' && u.managerId)!;
    const [ta, tb] = await Promise.all([e2e.stack.tokenFor(a.id), e2e.stack.tokenFor(b.id)]);
    const post = (token: string, path: string, body: unknown) =>
      e2e.stack.api(path, {
        method: 'POST',
        token,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const id = (await (await post(ta, '/relationships', { peer: b.id, goal: 'barriers', cadenceWeeks: 4 })).json()).id;
    await post(tb, `/relationships/${id}/respond`, { action: 'accept' });
    const url = `${e2e.stack.webUrl}/sidepanel.html?relationship=${id}`;
    const context = await e2e.browser.newContext({ viewport: { width: 320, height: 900 } });

    // A types while saving fails: the text is kept as A's local draft.
    const secret = 'A-only: I am worried about the reorg';
    const pa = await signInTab(context, url, a.displayName);
    await failNoteSaves(pa);
    await pa.getByRole('textbox', { name: 'Notes for yourself' }).fill(secret);
    await expect.poll(() => storedText(pa)).toContain(secret);
    await pa.close();

    // B signs in on the same browser: A's draft is gone, and B's notes box is empty.
    const pb = await signInTab(context, url, b.displayName);
    const notes = pb.getByRole('textbox', { name: 'Notes for yourself' });
    await notes.waitFor();
    await expect.poll(() => storedText(pb)).not.toContain(secret);
    expect(await notes.inputValue()).toBe('');
    const bNotes = await (await e2e.stack.api(`/relationships/${id}/notes`, { token: tb })).text();
    expect(bNotes).not.toContain(secret);

    // B's own unsaved draft goes at sign-out, which ends at the demo sign-in page.
    const mine = 'B-only: ask about the roadmap';
    await failNoteSaves(pb);
    await notes.fill(mine);
    await expect.poll(() => storedText(pb)).toContain(mine);
    await pb.getByRole('button', { name: 'Sign out' }).click();
    await pb.waitForURL(/\/signin\?/);
    expect(await storedText(pb)).not.toContain(mine);
    expect(await pb.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('peer1on1s.draft')))).toEqual(
      [],
    );

    // Signing in again (as B) starts from the server's copy: the cleared draft does not come back.
    await pb.getByRole('button', { name: new RegExp(b.displayName) }).click();
    await pb.waitForURL((u) => !u.pathname.startsWith('/signin'));
    await pb.getByRole('textbox', { name: 'Notes for yourself' }).waitFor();
    expect(await pb.getByRole('textbox', { name: 'Notes for yourself' }).inputValue()).toBe('');
    await context.close();
  });
});
