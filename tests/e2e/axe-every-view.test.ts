import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NO_NOTE_ETAG } from '../../shared/contracts/note-operations';
import {
  expectAccessible,
  openInTheme,
  screenshot,
  signedInPage,
  stopToastTimers,
  THEMES,
} from '../support/e2e-browser';
import { useSidePanelSession } from '../support/side-panel-session';
import { dataWords, untranslatedText } from './untranslated-text';

// The tab's every view and dialog, read by axe in light, dark and high contrast, each with real
// content: invitations, peers in some departments and none in others, reminders in the ledger
// (the reminders job run on a pinned clock, as activity.test.ts does), meetings with private notes.
let base = Date.parse('2026-12-07T12:00:00Z');
let setAt = performance.now();
const session = useSidePanelSession({ now: () => new Date(base + (performance.now() - setAt)) });

type User = (typeof session)['stack']['tenant']['data']['users'][number];
interface Seeded {
  me: User;
  met: { peer: User; id: string };
  unmet: { peer: User; id: string };
  inviter: User;
  newcomer: User;
  /** Relationship pages in their other states: paused, ended (read-only), waiting for the peer. */
  states: Array<{ state: string; peer: User; id: string }>;
}
let seeded: Promise<Seeded> | undefined;

/** Seeds once, on first use (the session's stack starts in its own beforeAll). */
function seed(): Promise<Seeded> {
  seeded ??= (async () => {
    const { stack } = session;
    const people = stack.tenant.data.users.filter((u) => u.managerId && u.appInstalled !== false);
    // 12:05Z on a Monday is working time in London: the job sends rather than holds.
    const me = people.find((u) => u.timeZone === 'GMT Standard Time' && u.workingHours.startTime === '09:00:00')!;
    const others = people.filter((u) => u.department !== me.department);
    const metPeer = others.find((u) => u.timeZone === 'Pacific Standard Time')!;
    const unmetPeer = others.find((u) => u.department !== metPeer.department)!;
    const inviter = others.find((u) => ![metPeer.department, unmetPeer.department].includes(u.department))!;
    const newcomer = others.find((u) => ![metPeer.id, unmetPeer.id, inviter.id].includes(u.id))!;
    const [pausedPeer, endedPeer, waitingPeer] = others.filter(
      (u) => ![metPeer.id, unmetPeer.id, inviter.id, newcomer.id].includes(u.id),
    );
    // Every two weeks from 7 December: due soon on the 14th (the helper's pairs meet every four).
    const metId = (
      await stack.callAs(me, 'POST', '/relationships', { peer: metPeer.id, goal: 'ideas', cadenceWeeks: 2 })
    ).json.id as string;
    expect((await stack.callAs(metPeer, 'POST', `/relationships/${metId}/respond`, { action: 'accept' })).status).toBe(
      200,
    );
    const met = { peer: metPeer, id: metId };
    const unmet = { peer: unmetPeer, id: await session.activeRelationship(me, unmetPeer) };
    const invited = await stack.callAs(inviter, 'POST', '/relationships', {
      peer: me.id,
      goal: 'workload',
      cadenceWeeks: 2,
    });
    expect(invited.status).toBe(201);
    // A week on: the pending invitation and the due peer 1:1s are reminded, into the ledger.
    base = Date.parse('2026-12-14T12:05:00Z');
    setAt = performance.now();
    const run = await stack.jobs.runner.runNow('reminders');
    expect(run.error).toBeUndefined();
    // Tokens issued a week ago have expired on the moved clock: call with fresh ones from here.
    const call = async (user: User, method: string, path: string, body?: unknown, ifMatch?: string) => {
      const response = await stack.api(path, {
        method,
        token: await stack.tokenFor(user.id),
        headers: { 'Content-Type': 'application/json', ...(ifMatch ? { 'If-Match': ifMatch } : {}) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, etag: response.headers.get('etag') ?? '', json: await response.json() };
    };
    const activity = await call(me, 'GET', '/me/activity');
    expect(activity.json.items.map((i: { kind: string }) => i.kind).sort()).toEqual([
      'invitationPending',
      'peerDueSoon',
    ]);
    // Then a meeting held (with my notes for it) and one to come.
    const held = await call(me, 'POST', `/relationships/${met.id}/meetings`, {
      start: '2026-12-10T16:00:00Z',
      end: '2026-12-10T16:30:00Z',
    });
    expect(held.status).toBe(201);
    const marked = await call(
      me,
      'PATCH',
      `/relationships/${met.id}/meetings/${held.json.id}`,
      { held: true },
      held.etag,
    );
    expect(marked.status).toBe(200);
    const note = await call(
      me,
      'PUT',
      `/relationships/${met.id}/notes?meeting=${held.json.id}`,
      { text: 'Ask about the hiring plan' },
      NO_NOTE_ETAG,
    );
    expect(note.status).toBe(200);
    await call(me, 'POST', `/relationships/${met.id}/meetings`, {
      start: '2026-12-21T16:00:00Z',
      end: '2026-12-21T16:30:00Z',
    });
    await call(me, 'POST', `/relationships/${met.id}/agenda`, { text: 'Roadmap questions' });
    await call(metPeer, 'POST', `/relationships/${met.id}/commitments`, { text: 'Send the deck', owner: me.id });
    const states = [];
    for (const [state, peer, patch] of [
      ['paused', pausedPeer!, { pausedUntil: '2027-01-11' }],
      ['ended', endedPeer!, { status: 'ended' }],
      ['waiting', waitingPeer!, undefined],
    ] as const) {
      const created = await call(me, 'POST', '/relationships', { peer: peer.id, goal: 'rapport', cadenceWeeks: 4 });
      expect(created.status).toBe(201);
      if (patch) {
        expect(
          (await call(peer, 'POST', `/relationships/${created.json.id}/respond`, { action: 'accept' })).status,
        ).toBe(200);
        const current = await call(me, 'GET', `/relationships/${created.json.id}`);
        expect((await call(me, 'PATCH', `/relationships/${created.json.id}`, patch, current.etag)).status).toBe(200);
      }
      states.push({ state, peer, id: created.json.id as string });
    }
    return { me, met, unmet, inviter, newcomer, states };
  })();
  return seeded;
}

/** Elements inside `scope` that the Tab key reaches (tag and tabindex, for a readable failure). */
const tabbableIn = (scope: Locator) =>
  scope.evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('*')]
      .filter((e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled)
      .map((e) => `${e.tagName} tabindex=${e.getAttribute('tabindex')}`),
  );

describe('every view of the tab in every theme', () => {
  for (const theme of THEMES) {
    it(`passes axe in ${theme}: invitations and "not now", suggestions, search and undo, slots, connections, activity, every relationship state`, async () => {
      const { stack, browser } = session;
      const { me, met, unmet, inviter, states } = await seed();
      const { context, page } = await signedInPage(browser, `${stack.webUrl}/tab.html`, me.displayName);
      try {
        // Signed in and settled before the theme reloads the page.
        await page.getByTestId(`peer-row-${met.peer.id}`).waitFor();
        await openInTheme(page, `${stack.webUrl}/tab.html#peers`, theme);
        await page.getByText(`${inviter.displayName} invited you to a peer 1:1`).waitFor();
        await page.getByTestId(`peer-row-${unmet.peer.id}`).waitFor();
        await expectAccessible(page, `my peers with an invitation (${theme})`);
        await page.getByRole('button', { name: 'Not now' }).click();
        await page.getByRole('alertdialog').getByRole('textbox').waitFor();
        await expectAccessible(page, `the "not now" dialog (${theme})`);
        await page.getByRole('button', { name: 'Keep the invitation' }).click();
        await page.getByRole('alertdialog').waitFor({ state: 'detached' });

        await page.getByRole('tab', { name: 'Suggestions' }).click();
        const suggested = page.getByRole('list', { name: 'Suggested peers' });
        await suggested.waitFor();
        await page.getByRole('textbox', { name: 'Find someone by name' }).fill(inviter.displayName);
        await page.getByRole('button', { name: 'Search', exact: true }).click();
        await page.getByRole('list', { name: 'People found' }).waitFor();
        await expectAccessible(page, `suggestions with search results (${theme})`);
        // "Not interested" hides the card with an undo toast, read while it is up; undo brings it back.
        const first = suggested.getByRole('listitem').first();
        const name = (await first.getByRole('heading').textContent())!.trim();
        await first.getByRole('button', { name: /^Not interested/ }).click();
        // The toast's title, not its copy in the announcer's live region (both hold the text for a moment).
        await page.locator('.fui-ToastTitle', { hasText: `${name} is hidden from your suggestions` }).waitFor();
        await stopToastTimers(page);
        await expectAccessible(page, `suggestions with the undo toast (${theme})`);
        await page.getByRole('button', { name: 'Undo' }).click();
        await suggested.getByRole('heading', { name }).waitFor();
        await suggested.getByRole('button', { name: `Start a peer 1:1 with ${name}` }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('button', { name: 'Find a time' }).click();
        await dialog.getByRole('radiogroup', { name: /Times that suit you and/ }).waitFor();
        await expectAccessible(page, `start dialog with times (${theme})`);
        // Booking opens the new relationship with its confirmation.
        await dialog.getByRole('button', { name: 'Create the meeting' }).click();
        await page.getByText(`Invitation sent to ${name}.`, { exact: false }).waitFor();
        await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('aria-hidden'));
        await expectAccessible(page, `relationship with the booking confirmation (${theme})`);

        await page.getByRole('tab', { name: 'Connections' }).click();
        const table = page.getByRole('table', { name: 'Peers by department' });
        await table.waitFor();
        expect(await table.textContent()).toContain('Gap: none yet');
        await expectAccessible(page, `connections (${theme})`);
        // The chart is a picture (the table holds its figures): nothing in it takes keyboard focus,
        // and the mouse still gets each bar's count, in the catalogue's words, read clean by axe.
        const chart = page.getByTestId('connections-chart');
        expect(await tabbableIn(chart)).toEqual([]);
        const department = met.peer.department!;
        const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name: department, exact: true }) });
        const count = (await row.getByRole('cell').nth(1).textContent())!.trim();
        await chart.locator(`rect[aria-label^="${department}."]`).hover();
        await chart.getByText(new RegExp(`^${count} peers?$`)).waitFor();
        await expectAccessible(page, `connections with a bar's callout (${theme})`);
        await screenshot(page, `axe-connections-${theme}`);

        await page.getByRole('tab', { name: 'Activity' }).click();
        await page.getByRole('list', { name: 'Recent reminders' }).getByRole('listitem').first().waitFor();
        await expectAccessible(page, `activity with reminders (${theme})`);
        await screenshot(page, `axe-activity-${theme}`);
        // A kind nobody was reminded of: the empty list and the way back to all of them.
        await page.evaluate(() => (window.location.hash = '#activity/meetingFollowUp'));
        await page.getByRole('button', { name: 'Show all reminders' }).waitFor();
        await expectAccessible(page, `activity filtered to an empty kind (${theme})`);

        await page.evaluate((id) => (window.location.hash = `#relationship/${id}`), met.id);
        await page.getByRole('heading', { name: `Peer 1:1 with ${met.peer.displayName}` }).waitFor();
        const meetings = page.getByRole('list', { name: 'Meetings, newest first' });
        await meetings.getByRole('listitem').nth(1).waitFor();
        await meetings
          .getByRole('button', { name: /^My notes, / })
          .last()
          .click();
        await page.getByText('Ask about the hiring plan').waitFor();
        await expectAccessible(page, `relationship with meetings and a meeting's notes (${theme})`);
        await screenshot(page, `axe-relationship-meetings-${theme}`);

        await page.evaluate((id) => (window.location.hash = `#relationship/${id}`), unmet.id);
        await page.getByRole('heading', { name: `Peer 1:1 with ${unmet.peer.displayName}` }).waitFor();
        await page.getByText('No meetings yet.').waitFor();
        await expectAccessible(page, `relationship with nothing booked (${theme})`);
        await page.getByRole('button', { name: 'End this peer 1:1' }).click();
        await page.getByRole('dialog').waitFor();
        await expectAccessible(page, `the end dialog (${theme})`);
        await page.getByRole('button', { name: 'Keep it' }).click();
        await page.getByRole('dialog').waitFor({ state: 'detached' });

        for (const { state, peer, id } of states) {
          await page.evaluate((to) => (window.location.hash = `#relationship/${to}`), id);
          await page.getByRole('heading', { name: `Peer 1:1 with ${peer.displayName}` }).waitFor();
          await page.getByTestId('health-badge').waitFor();
          await page.getByRole('heading', { name: 'Meetings and my notes' }).waitFor();
          await expectAccessible(page, `relationship ${state} (${theme})`);
        }
      } finally {
        await context.close();
      }
    }, 180_000);
  }

  it('shows the Connections chart’s hover callout and the Activity details in the catalogue’s words (pseudo-locale)', async () => {
    const { stack, browser } = session;
    const { me, met } = await seed();
    const { context, page } = await signedInPage(
      browser,
      `${stack.webUrl}/tab.html?locale=qps-ploc#connections`,
      me.displayName,
    );
    try {
      const chart = page.getByTestId('connections-chart');
      await chart.locator(`rect[aria-label^="${met.peer.department}."]`).hover();
      // The bar's count comes from the catalogue's plural ("2 peers", pseudo-localised and bracketed).
      await chart.getByText(/^\[.*\d.*\]$/).waitFor();
      const allowed = dataWords(stack.tenant.data.users);
      expect(await untranslatedText(page, allowed), 'connections').toEqual([]);
      // The reminders' details too: the ledger's goal key is shown as the goal's label.
      await page.getByRole('tablist').getByRole('tab').nth(4).click();
      const reminder = page.locator('li:has(a[data-reminder])');
      await reminder.first().waitFor();
      expect(await untranslatedText(page, allowed), 'activity').toEqual([]);
      // Goal keys look like English words, so they are looked for by name too.
      expect((await reminder.allInnerTexts()).join('\n')).not.toMatch(/\b(ideas|workload)\b/);
    } finally {
      await context.close();
    }
  });

  it('passes axe on the empty "My peers" in every theme', async () => {
    const { stack, browser } = session;
    const { newcomer } = await seed();
    const { context, page } = await signedInPage(browser, `${stack.webUrl}/tab.html`, newcomer.displayName);
    try {
      await page.getByText('You have no peer 1:1s yet', { exact: false }).waitFor();
      for (const theme of THEMES) {
        await openInTheme(page, `${stack.webUrl}/tab.html`, theme);
        await page.getByText('You have no peer 1:1s yet', { exact: false }).waitFor();
        await expectAccessible(page, `empty my peers (${theme})`);
      }
    } finally {
      await context.close();
    }
  }, 120_000);
});
