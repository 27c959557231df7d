import { describe, expect, it } from 'vitest';
import { slotsResponseSchema } from '../../shared/scheduling/slots-response';
import { expectAccessible, screenshot, signedInPage } from '../support/e2e-browser';
import { useBrowserStack } from '../support/browser-stack';
import type { TestStack } from '../support/test-stack';

const e2e = useBrowserStack();

type User = TestStack['tenant']['data']['users'][number];
/** Peer 1:1 series between two people in the demo tenant. */
const peerSeries = (a: User, b: User) =>
  e2e.stack.tenant.data.events.filter(
    (e) =>
      e.recurrence &&
      e.subject.startsWith('Peer 1:1') &&
      ((e.organizerId === a.id && e.attendeeIds.includes(b.id)) ||
        (e.organizerId === b.id && e.attendeeIds.includes(a.id))),
  );
const outboxOf = async (recipientId: string) =>
  (
    (await (await fetch(`${e2e.stack.tenant.url}/demo/outbox`)).json()) as Array<{
      recipientId: string;
      activityType: string;
    }>
  ).filter((n) => n.recipientId === recipientId);

describe('the compose pane in a plain browser', () => {
  it('creates the meeting in both demo calendars, and the slot is no longer offered', async () => {
    const users = e2e.stack.tenant.data.users;
    const organiser = users.find(
      (u) => u.department === 'Customer Success' && u.timeZone === 'GMT Standard Time' && u.managerId,
    )!;
    const peer = users.find((u) => u.department === 'Sales' && u.timeZone === 'Eastern Standard Time' && u.managerId)!;
    const [to, tp] = await Promise.all([e2e.stack.tokenFor(organiser.id), e2e.stack.tokenFor(peer.id)]);
    const created = await e2e.stack.api('/relationships', {
      method: 'POST',
      token: to,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ peer: peer.id, goal: 'workload', cadenceWeeks: 2 }),
    });
    expect(created.status).toBe(201);
    // Accepted without a time: the compose pane books the series for the active peer 1:1 (/schedule).
    const { id } = (await created.json()) as { id: string };
    const accepted = await e2e.stack.api(`/relationships/${id}/respond`, {
      method: 'POST',
      token: tp,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'accept' }),
    });
    expect(accepted.status).toBe(200);

    const { context, page } = await signedInPage(
      e2e.browser,
      `${e2e.stack.webUrl}/compose.html`,
      organiser.displayName,
    );
    await page.getByText('Not inside an Outlook appointment').waitFor();
    const peerSelect = page.getByRole('combobox', { name: 'Peer' });
    await peerSelect.waitFor();
    await expectAccessible(page, 'compose pane');
    await peerSelect.selectOption({ label: peer.displayName });
    await page.getByRole('button', { name: 'Find times' }).click();
    const slots = page.getByRole('radiogroup', { name: 'Times that suit you both' });
    await slots.waitFor();
    await expectAccessible(page, 'compose pane with slots');
    await screenshot(page, 'compose-slots-light');

    // The preselected (best) slot is the one created.
    const offered = slotsResponseSchema.parse(
      await (
        await e2e.stack.api('/slots', {
          method: 'POST',
          token: to,
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ peers: [peer.id], cadenceWeeks: 2 }),
        })
      ).json(),
    );
    const best = offered.slots[0]!;
    await page.getByRole('button', { name: 'Create the meeting' }).click();
    await page.getByText('The peer 1:1 series is in both calendars.').waitFor();

    for (const token of [to, tp]) {
      const view = await fetch(
        `${e2e.stack.tenant.url}/v1.0/me/calendarView?startDateTime=${best.start}&endDateTime=${best.end}&$top=100`,
        { headers: { Authorization: `Bearer ${token}`, Prefer: 'outlook.timezone="UTC"' } },
      );
      const events = ((await view.json()) as { value: Array<{ subject: string }> }).value;
      expect(events.some((e) => e.subject.startsWith('Peer 1:1 ·'))).toBe(true);
    }
    const after = slotsResponseSchema.parse(
      await (
        await e2e.stack.api('/slots', {
          method: 'POST',
          token: to,
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ peers: [peer.id], cadenceWeeks: 2 }),
        })
      ).json(),
    );
    expect(after.slots.map((s) => s.start)).not.toContain(best.start);
    expect(peerSeries(organiser, peer)).toHaveLength(1);
    await context.close();
  });

  it('invites a new peer with the chosen time, which both calendars get once, when the peer accepts', async () => {
    const users = e2e.stack.tenant.data.users;
    // Another organiser than the other tests', whose peer 1:1s they count.
    const organiser = users.filter(
      (u) => u.department === 'Customer Success' && u.timeZone === 'GMT Standard Time' && u.managerId,
    )[1]!;
    // A London designer: no reporting line to the organiser, and working hours that overlap.
    const peer = users.find(
      (u) => u.department === 'Design' && u.timeZone === 'GMT Standard Time' && /Designer/.test(u.jobTitle),
    )!;
    const [to, tp] = await Promise.all([e2e.stack.tokenFor(organiser.id), e2e.stack.tokenFor(peer.id)]);
    const invitationsBefore = (await outboxOf(peer.id)).length;
    const { context, page } = await signedInPage(
      e2e.browser,
      `${e2e.stack.webUrl}/compose.html`,
      organiser.displayName,
    );
    await page.getByText('Not inside an Outlook appointment').waitFor();
    await page.getByRole('textbox', { name: 'Or find someone by name' }).fill(peer.displayName);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText(/found: choose/).waitFor();
    await page.getByRole('combobox', { name: 'Peer' }).selectOption({ label: peer.displayName });
    await page.getByRole('button', { name: 'Find times' }).click();
    await page.getByRole('radiogroup', { name: 'Times that suit you both' }).waitFor();
    const best = slotsResponseSchema.parse(
      await (
        await e2e.stack.api('/slots', {
          method: 'POST',
          token: to,
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ peers: [peer.id], cadenceWeeks: 4 }),
        })
      ).json(),
    ).slots[0]!;
    await page.getByRole('button', { name: 'Create the meeting' }).click();
    await page
      .getByText(`Invitation sent to ${peer.displayName}.`, { exact: false })
      .filter({ hasText: 'will be booked in both calendars when they accept' })
      .waitFor();
    await expectAccessible(page, 'compose pane, invitation sent');
    // Nothing in anyone's calendar yet; exactly one invitation in the peer's activity feed.
    expect(peerSeries(organiser, peer)).toEqual([]);
    expect((await outboxOf(peer.id)).slice(invitationsBefore).map((n) => n.activityType)).toEqual(['peerInvitation']);

    const listed = (await (await e2e.stack.api('/relationships', { token: tp })).json()) as {
      relationships: Array<{ id: string; peer: { id: string }; proposedSlot?: { start: string } }>;
    };
    const invitation = listed.relationships.find((r) => r.peer.id === organiser.id)!;
    expect(Date.parse(invitation.proposedSlot!.start)).toBe(Date.parse(best.start));
    const accepted = await e2e.stack.api(`/relationships/${invitation.id}/respond`, {
      method: 'POST',
      token: tp,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'accept' }),
    });
    expect(accepted.status).toBe(200);
    const series = peerSeries(organiser, peer);
    expect(series).toHaveLength(1);
    expect(series[0]!.organizerId).toBe(organiser.id);
    for (const token of [to, tp]) {
      const view = await fetch(
        `${e2e.stack.tenant.url}/v1.0/me/calendarView?startDateTime=${best.start}&endDateTime=${best.end}&$top=100`,
        { headers: { Authorization: `Bearer ${token}`, Prefer: 'outlook.timezone="UTC"' } },
      );
      const events = ((await view.json()) as { value: Array<{ seriesMasterId?: string }> }).value;
      expect(events.filter((e) => e.seriesMasterId === series[0]!.id)).toHaveLength(1);
    }
    await context.close();
  });

  it('finds a colleague by name and offers times with them', async () => {
    const users = e2e.stack.tenant.data.users;
    const organiser = users.find(
      (u) => u.department === 'Customer Success' && u.timeZone === 'GMT Standard Time' && u.managerId,
    )!;
    const target = users.find((u) => u.department === 'Marketing' && u.timeZone === 'GMT Standard Time')!;
    const { context, page } = await signedInPage(
      e2e.browser,
      `${e2e.stack.webUrl}/compose.html`,
      organiser.displayName,
    );
    await page.getByRole('textbox', { name: 'Or find someone by name' }).fill(target.displayName.slice(0, 4));
    await page.getByRole('button', { name: 'Search' }).click();
    const peerSelect = page.getByRole('combobox', { name: 'Peer' });
    // The search lists the matches and says how many; it never selects anyone by itself (issue 13).
    await page.getByText(/found: choose/).waitFor();
    expect(await peerSelect.locator('option:checked').textContent()).toBe('Choose a peer');
    await peerSelect.selectOption({ label: target.displayName });
    await page.getByRole('button', { name: 'Find times' }).click();
    await page.getByRole('radiogroup', { name: 'Times that suit you both' }).waitFor();
    await expectAccessible(page, 'compose pane after a search');

    // A search nobody matches says so.
    await page.getByRole('textbox', { name: 'Or find someone by name' }).fill('Zzqxj');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('Nobody matches “Zzqxj”.', { exact: false }).waitFor();
    await context.close();
  });

  it('the meeting tab config page lists the peer 1:1s and links the side panel', async () => {
    const users = e2e.stack.tenant.data.users;
    const organiser = users.find(
      (u) => u.department === 'Customer Success' && u.timeZone === 'GMT Standard Time' && u.managerId,
    )!;
    const other = users.find((u) => u.department === 'Marketing' && u.managerId)!;
    const token = await e2e.stack.tokenFor(organiser.id);
    const post = async (path: string, body: unknown) =>
      (
        await e2e.stack.api(path, {
          method: 'POST',
          token,
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).json();
    // A second relationship whose meeting is happening now: the one this meeting is most likely for.
    const rel = await post('/relationships', { peer: other.id, goal: 'ideas', cadenceWeeks: 4 });
    const now = Date.now();
    await post(`/relationships/${rel.id}/meetings`, {
      start: new Date(now - 5 * 60_000).toISOString(),
      end: new Date(now + 25 * 60_000).toISOString(),
    });

    const { context, page } = await signedInPage(e2e.browser, `${e2e.stack.webUrl}/config.html`, organiser.displayName);
    const group = page.getByRole('radiogroup', { name: 'Your peer 1:1s' });
    await group.waitFor();
    expect(await group.getByRole('radio').count()).toBe(2);
    await expect.poll(() => group.getByRole('radio', { name: new RegExp(other.displayName) }).isChecked()).toBe(true);
    await expectAccessible(page, 'config page');
    const link = page.getByRole('link', { name: 'Open the side panel for this peer 1:1' });
    expect(await link.getAttribute('href')).toBe(`sidepanel.html?relationship=${rel.id}`);
    await context.close();
  });
});
