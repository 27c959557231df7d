import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderIcon } from '../../../manifest/icon-renderer';
import { fillTemplate, parseEnvFile } from '../../../manifest/manifest-template';
import { buildPackage } from '../../../manifest/package';
import { decodePng, encodePng } from '../../../manifest/png-encoder';
import { validateManifest } from '../../../manifest/validate-manifest';

const template = readFileSync('manifest/manifest.template.json', 'utf8');
const devValues = parseEnvFile(readFileSync('manifest/env/.env.dev', 'utf8'));
const devManifest = () => JSON.parse(fillTemplate(template, devValues)) as Record<string, unknown>;

describe('app package', () => {
  it('validates with zero errors against the bundled schema and is written as a zip', async () => {
    expect(await validateManifest(devManifest())).toEqual([]);
    const { path, errors } = await buildPackage('dev');
    expect(errors).toEqual([]);
    const zip = readFileSync(path);
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    for (const name of ['manifest.json', 'color.png', 'outline.png'])
      expect(zip.includes(Buffer.from(name))).toBe(true);
  });

  it('reports the validator’s error for a broken manifest (bad accent colour)', async () => {
    const broken = { ...devManifest(), accentColor: 'purple-ish' };
    const errors = await validateManifest(broken);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(/accentColor/);
  });

  it('declares the tab, the meeting side panel, the Outlook compose add-in and NAA', () => {
    const m = devManifest() as {
      staticTabs: Array<{ scopes: string[] }>;
      configurableTabs: Array<{ context: string[] }>;
      extensions: Array<{
        requirements: { capabilities: Array<{ minVersion: string }> };
        ribbons: Array<{ contexts: string[] }>;
      }>;
      webApplicationInfo: { nestedAppAuthInfo: Array<{ redirectUri: string }> };
      authorization: { permissions: { resourceSpecific: Array<{ name: string }> } };
    };
    expect(m.staticTabs[0]!.scopes).toEqual(['personal']);
    expect(m.configurableTabs[0]!.context).toContain('meetingSidePanel');
    expect(m.extensions[0]!.requirements.capabilities[0]!.minVersion).toBe('1.7');
    expect(m.extensions[0]!.ribbons[0]!.contexts).toEqual(['meetingDetailsOrganizer']);
    expect(m.webApplicationInfo.nestedAppAuthInfo[0]!.redirectUri).toBe(`brk-multihub://${devValues.APP_HOST}`);
    expect(m.authorization.permissions.resourceSpecific[0]!.name).toBe('MailboxItem.ReadWrite.User');
  });

  it('names every missing configuration value at once', () => {
    expect(() =>
      fillTemplate(template, { ...devValues, APP_HOST: '', AAD_CLIENT_ID: undefined as unknown as string }),
    ).toThrow(/APP_HOST, AAD_CLIENT_ID|AAD_CLIENT_ID, APP_HOST/);
  });
});

describe('icons', () => {
  it('are 192×192 colour and 32×32 outline, and the committed files match the renderer', () => {
    const color = decodePng(readFileSync('manifest/icons/color.png'));
    const outline = decodePng(readFileSync('manifest/icons/outline.png'));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(
      Buffer.compare(readFileSync('manifest/icons/color.png'), encodePng(192, 192, renderIcon(192, 'color'))),
    ).toBe(0);
  });

  it('the outline icon is white on transparent, with the mark actually drawn', () => {
    const { rgba } = decodePng(readFileSync('manifest/icons/outline.png'));
    let opaque = 0;
    let transparent = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      const alpha = rgba[i + 3]!;
      if (alpha > 0) expect([rgba[i], rgba[i + 1], rgba[i + 2]]).toEqual([255, 255, 255]);
      if (alpha === 255) opaque += 1;
      if (alpha === 0) transparent += 1;
    }
    expect(opaque).toBeGreaterThan(100);
    expect(transparent).toBeGreaterThan(100);
  });
});
