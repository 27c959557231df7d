import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { notificationFor, subPageFor, teamsTabLink } from '../../../shared/reminders/reminder-notification';
import { reminderKinds } from '../../../shared/reminders/reminder-types';

const manifest = JSON.parse(
  readFileSync(new URL('../../../manifest/manifest.template.json', import.meta.url), 'utf8'),
) as {
  activities: { activityTypes: Array<{ type: string; templateText: string }> };
};

describe('reminder activity types in the manifest', () => {
  it('every reminder kind has an activity type whose template parameters the notification fills', () => {
    for (const kind of reminderKinds) {
      const declared = manifest.activities.activityTypes.find((a) => a.type === kind);
      expect(declared, kind).toBeDefined();
      const placeholders = [...declared!.templateText.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const filled = Object.keys(notificationFor(kind).templateParameters);
      expect(
        placeholders.filter((p) => !filled.includes(p!)),
        kind,
      ).toEqual([]);
    }
  });

  it('links open the tab at the Activity panel, and each reminder names its relationship page', () => {
    const link = new URL(teamsTabLink('app-1', notificationFor('peerOverdue').subEntityId));
    expect(link.pathname).toBe('/l/entity/app-1/peers');
    expect(JSON.parse(link.searchParams.get('context')!)).toEqual({ subEntityId: 'activity/peerOverdue' });
    expect(subPageFor({ page: 'relationship', relationshipId: 'abc' })).toBe('relationship/abc');
  });
});
