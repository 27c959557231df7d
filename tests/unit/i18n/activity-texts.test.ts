import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enUS } from '../../../addin/src/i18n/messages.en-US';
import { pseudoCatalogue } from '../../../addin/src/i18n/pseudo-localize';
import { applyCatalogue, fillTemplate, parseEnvFile, type ActivityType } from '../../../manifest/manifest-template';
import { validateManifest } from '../../../manifest/validate-manifest';

type Manifest = { activities: { activityTypes: ActivityType[] }; localizationInfo: { defaultLanguageTag: string } };
const manifest = () =>
  JSON.parse(
    fillTemplate(
      readFileSync('manifest/manifest.template.json', 'utf8'),
      parseEnvFile(readFileSync('manifest/env/.env.dev', 'utf8')),
    ),
  ) as Manifest;

describe('activity feed texts come from the message catalogue', () => {
  it('every activity type in the manifest gets its description and template text from the catalogue', () => {
    const localized = applyCatalogue(manifest(), enUS);
    expect(localized.activities.activityTypes.length).toBeGreaterThan(0);
    for (const activity of localized.activities.activityTypes) {
      expect(activity.description).toBe(enUS[`activity.${activity.type}.description` as keyof typeof enUS]);
      expect(activity.templateText).toBe(enUS[`activity.${activity.type}.templateText` as keyof typeof enUS]);
    }
  });

  it('a translated catalogue changes the manifest texts and keeps the template parameters', async () => {
    const localized = applyCatalogue(manifest(), pseudoCatalogue(enUS));
    const invitation = localized.activities.activityTypes.find((a) => a.type === 'peerInvitation')!;
    expect(invitation.templateText).toMatch(/^\[\{actor\} īƞṽīŧḗḓ/);
    expect(await validateManifest(localized)).toEqual([]);
  });

  it('names every missing catalogue key at once', () => {
    const { 'activity.peerOverdue.templateText': _gone, 'activity.meetingPrep.description': _too, ...rest } = enUS;
    expect(() => applyCatalogue(manifest(), rest)).toThrow(
      /activity\.peerOverdue\.templateText, activity\.meetingPrep\.description|activity\.meetingPrep\.description.*activity\.peerOverdue\.templateText/,
    );
  });

  it('the manifest declares en-us as its default language', () => {
    expect(manifest().localizationInfo.defaultLanguageTag).toBe('en-us');
  });
});
