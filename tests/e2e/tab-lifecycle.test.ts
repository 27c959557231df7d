import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signedInPage } from '../support/e2e-browser';
import { useBrowserStack } from '../support/browser-stack';
import type { TestStack } from '../support/test-stack';

const e2e = useBrowserStack();
type User = TestStack['tenant']['data']['users'][number];
interface Notification {
  recipientId: string;
  senderId?: string;
  activityType?: string;
}

const outbox = async (): Promise<Notification[]> =>
  (await (await fetch(`${e2e.stack.tenant.url}/demo/outbox`)).json()) as Notification[];
const relationshipsOf = async (user: User) =>
  (await e2e.stack.callAs(user, 'GET', '/relationships')).json.relationships as Array<{
    id: string;
    peer: { id: string };
    status: string;
    nextMeetingAt?: string;
  }>;
/** Peer 1:1 series between two people in the demo tenant. */
const peerSeries = (a: User, b: User) =>
  e2e.stack.tenant.data.events.filter(
    (e) =>
      e.recurrence &&
      e.subject.startsWith('Peer 1:1') &&
      ((e.organizerId === a.id && e.attendeeIds.includes(b.id)) ||
        (e.organizerId === b.id && e.attendeeIds.includes(a.id))),
  );
const someone = (pick: (u: User) => boolean) => e2e.stack.tenant.data.users.find((u) => pick(u) && u.managerId)!;

describe('starting a peer 1:1 from the tab (issue 13)', () => {
  it('Cancel sends nothing; Create sends exactly one invitation; the invitee sees the terms and can say Not now privately', async () => {
    const inviter = someone((u) => u.department === 'Marketing');
    const { context, page } = await signedInPage(
      e2e.browser,
      `${e2e.stack.webUrl}/tab.html#suggestions`,
      inviter.displayName,
    );
    const suggestions = page.getByRole('list', { name: 'Suggested peers' });
    await suggestions.waitFor();
    const card = suggestions.getByRole('listitem').first();
    const peerName = (await card.getByRole('heading').textContent())!.trim();
    const peer = e2e.stack.tenant.data.users.find((u) => u.displayName === peerName)!;
    const before = await outbox();

    // Choosing everything and finding times creates nothing.
    await card.getByRole('button', { name: `Start a peer 1:1 with ${peerName}` }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /^Your own goal/ }).check();
    const find = dialog.getByRole('button', { name: 'Find a time' });
    expect(await find.isDisabled()).toBe(true);
    await dialog.getByText('Describe your goal in a sentence first.').waitFor();
    await dialog.getByRole('textbox', { name: 'Your goal, in a sentence' }).fill('Learn how campaigns are planned');
    await dialog.getByRole('combobox', { name: 'Meeting length' }).selectOption('45');
    await dialog.getByRole('radio', { name: 'Walk-and-talk' }).check();
    await find.click();
    const slots = dialog.getByRole('radiogroup', { name: /Times that suit you and/ });
    await slots.waitFor();
    await expectAccessible(page, 'start dialog with slots');
    await screenshot(page, 'tab-start-dialog-length');
    // Dialog actions stay on one line at 1280 px: every button is as tall as the first.
    const heights = await dialog
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(new Set(heights.slice(-4)).size).toBe(1);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await outbox()).toEqual(before);
    expect(await relationshipsOf(inviter)).toEqual([]);
    expect(await relationshipsOf(peer)).toEqual([]);

    // Create with a time: one relationship, one invitation, the time proposed and nothing booked yet.
    await card.getByRole('button', { name: `Start a peer 1:1 with ${peerName}` }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Walk-and-talk' }).check();
    await dialog.getByRole('combobox', { name: 'Meeting length' }).selectOption('45');
    await dialog.getByRole('button', { name: 'Find a time' }).click();
    await dialog.getByRole('radiogroup', { name: /Times that suit you and/ }).waitFor();
    await dialog.getByRole('button', { name: 'Create the meeting' }).click();
    await page.getByRole('heading', { name: `Peer 1:1 with ${peerName}` }).waitFor();
    await page.getByText('Invitation sent.').waitFor();
    await page.getByText(`Invitation sent to ${peerName}.`, { exact: false }).waitFor();
    expect(await page.getByText('will be booked in both calendars when they accept', { exact: false }).count()).toBe(1);
    await page.getByText(`Nothing is booked until ${peerName} accepts.`, { exact: false }).waitFor();
    const after = await outbox();
    const invitations = after.slice(before.length).filter((n) => n.recipientId === peer.id);
    expect(invitations).toHaveLength(1);
    expect(invitations[0]).toMatchObject({ senderId: inviter.id, activityType: 'peerInvitation' });
    const created = await relationshipsOf(inviter);
    expect(created).toHaveLength(1);
    // The chosen length went with the proposal (45 minutes); no meeting and no series before the answer.
    const proposal = (await e2e.stack.callAs(inviter, 'GET', `/relationships/${created[0]!.id}`)).json.proposedSlot as {
      start: string;
      end: string;
    };
    expect(Date.parse(proposal.end) - Date.parse(proposal.start)).toBe(45 * 60_000);
    expect((await e2e.stack.callAs(inviter, 'GET', `/relationships/${created[0]!.id}/meetings`)).json.meetings).toEqual(
      [],
    );
    expect(peerSeries(inviter, peer)).toEqual([]);
    await context.close();

    // The invitee sees the inviter's goal, cadence, format and proposed time before answering.
    const other = await signedInPage(e2e.browser, `${e2e.stack.webUrl}/tab.html`, peer.displayName);
    await other.page.getByText(`${inviter.displayName} invited you to a peer 1:1`).waitFor();
    const terms = other.page.getByTestId('invitation-terms');
    const text = (await terms.textContent())!;
    expect(text).toContain('Walk-and-talk');
    expect(text).toMatch(/Every \d+ weeks|Every week/);
    expect(text).toMatch(/Goal: /);
    expect(text).toContain('Proposed first meeting:');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await expectAccessible(other.page, 'invitation with terms');

    // "Not now" asks first, says the peer is not told, and takes a private reason.
    const outboxBeforeDecline = (await outbox()).length;
    await other.page.getByRole('button', { name: 'Not now' }).click();
    const confirm = other.page.getByRole('alertdialog');
    await confirm.getByText(`${inviter.displayName} will not be told why`).waitFor();
    await expectAccessible(other.page, 'not now confirmation');
    await confirm.getByRole('button', { name: 'Keep the invitation' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect((await relationshipsOf(peer))[0]!.status).toBe('invited');
    await other.page.getByRole('button', { name: 'Not now' }).click();
    await confirm.getByRole('textbox', { name: /Your reason/ }).fill('Busy quarter');
    await confirm.getByRole('button', { name: 'Not now' }).click();
    await other.page.getByText(`${inviter.displayName} invited you to a peer 1:1`).waitFor({ state: 'detached' });
    expect((await relationshipsOf(peer))[0]!.status).not.toBe('invited');
    expect((await outbox()).length).toBe(outboxBeforeDecline);
    const exported = (await e2e.stack.callAs(peer, 'GET', '/me/export')).json;
    expect(JSON.stringify(exported.declineReasons)).toContain('Busy quarter');
    // Declined: the proposed time was never booked in either calendar.
    expect(peerSeries(inviter, peer)).toEqual([]);
    await other.context.close();
  });
});

describe('my data in the tab settings (issue 13)', () => {
  it('downloads the JSON export and deletes only after the typed confirmation', async () => {
    const user = someone((u) => u.department === 'Sales');
    const peer = someone((u) => u.department === 'Engineering' && u.id !== user.id);
    const made = await e2e.stack.callAs(user, 'POST', '/relationships', {
      peer: peer.id,
      goal: 'rapport',
      cadenceWeeks: 4,
    });
    expect(made.status).toBe(201);

    const { context, page } = await signedInPage(
      e2e.browser,
      `${e2e.stack.webUrl}/tab.html#settings`,
      user.displayName,
    );
    await page.getByRole('heading', { name: 'Your data' }).waitFor();
    await expectAccessible(page, 'settings');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my data' }).click(),
    ]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const file = JSON.parse(readFileSync(path, 'utf8')) as { user: { id: string }; relationships: unknown[] };
    expect(file.user.id).toBe(user.id);
    expect(file.relationships).toHaveLength(1);
    expect(download.suggestedFilename()).toMatch(/\.json$/);

    await page.getByRole('button', { name: 'Delete my data' }).click();
    const dialog = page.getByRole('alertdialog');
    const list = (await dialog.getByRole('list').textContent())!;
    expect(list).toMatch(/cancelled in both calendars/);
    expect(list).toMatch(/stay with your peer/);
    const confirm = dialog.getByRole('button', { name: 'Delete my data' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByRole('textbox', { name: 'Type DELETE to confirm' }).fill('delete');
    expect(await confirm.isDisabled()).toBe(true);
    await expectAccessible(page, 'delete my data dialog');
    // Cancelling deletes nothing.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await relationshipsOf(user)).toHaveLength(1);

    await page.getByRole('button', { name: 'Delete my data' }).click();
    await dialog.getByRole('textbox', { name: 'Type DELETE to confirm' }).fill('DELETE');
    await dialog.getByRole('button', { name: 'Delete my data' }).click();
    await page.getByText(/Your data was deleted/).waitFor();
    expect(await relationshipsOf(user)).toEqual([]);
    await context.close();
  });
});
