import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FLUID_RELAY_ORIGINS,
  FRAME_ANCESTORS,
  contentSecurityPolicy,
  securityHeaders,
} from '../../../dev/security-headers';
import { writeWebHostConfig } from '../../../dev/web-host-config';

const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `))
    ?.split(' ')
    .slice(1) ?? [];

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('security headers for the add-in pages', () => {
  it('let the API origin, and no other remote host but sign-in, the teams-js CDN and Fluid Relay, receive requests', () => {
    const csp = contentSecurityPolicy({ apiOrigin: 'https://peer-api.azurewebsites.net/api' });
    expect(directive(csp, 'connect-src')).toEqual([
      "'self'",
      'https://peer-api.azurewebsites.net',
      'https://login.microsoftonline.com',
      'https://res.cdn.office.net',
      'https://*.fluidrelay.azure.com',
      'wss://*.fluidrelay.azure.com',
    ]);
    expect(directive(csp, 'connect-src')).not.toContain('*');
    expect(directive(csp, 'connect-src').filter((s) => s.includes('fluidrelay'))).toEqual([...FLUID_RELAY_ORIGINS]);
    expect(directive(csp, 'default-src')).toEqual(["'self'"]);
    expect(directive(csp, 'object-src')).toEqual(["'none'"]);
  });

  it('allow no inline script and frame the pages only in Teams, Outlook and Microsoft 365', () => {
    const csp = contentSecurityPolicy();
    expect(directive(csp, 'script-src')).not.toContain("'unsafe-inline'");
    expect(directive(csp, 'script-src')).not.toContain("'unsafe-eval'");
    expect(directive(csp, 'frame-ancestors')).toEqual([...FRAME_ANCESTORS]);
    for (const host of ['https://teams.microsoft.com', 'https://outlook.office.com', 'https://*.cloud.microsoft'])
      expect(directive(csp, 'frame-ancestors')).toContain(host);
    expect(directive(csp, 'frame-ancestors')).not.toContain('*');
  });

  it('send nosniff, the referrer policy and a permissions policy, and HSTS only over https', () => {
    const headers = securityHeaders();
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(headers['Strict-Transport-Security']).toBeUndefined();
    expect(securityHeaders({ https: true })['Strict-Transport-Security']).toMatch(/max-age=\d+/);
    expect(headers['X-Frame-Options']).toBeUndefined();
  });

  it('refuse a plain-http API origin on a remote host', () => {
    expect(() => contentSecurityPolicy({ apiOrigin: 'http://api.contoso.com' })).toThrow(/https/);
  });

  it('are written into staticwebapp.config.json with the API origin from the deployment outputs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'peer1on1s-webhost-'));
    dirs.push(dir);
    const outputs = join(dir, 'web-app-config.json');
    writeFileSync(
      outputs,
      JSON.stringify({
        apiBaseUrl: 'https://peer-api.azurewebsites.net/api',
        auth: { mode: 'entra', clientId: 'c1', apiScope: 'api://app.contoso.com/c1/access_as_user' },
      }),
    );
    writeWebHostConfig(dir, { appConfigFile: outputs });
    const swa = JSON.parse(readFileSync(join(dir, 'staticwebapp.config.json'), 'utf8')) as {
      globalHeaders: Record<string, string>;
      routes: Array<{ route: string; headers: Record<string, string> }>;
    };
    expect(swa.globalHeaders).toEqual(
      securityHeaders({ apiOrigin: 'https://peer-api.azurewebsites.net', https: true }),
    );
    expect(swa.routes).toContainEqual({ route: '/app-config.json', headers: { 'Cache-Control': 'no-store' } });
    const appConfig = JSON.parse(readFileSync(join(dir, 'app-config.json'), 'utf8')) as { apiBaseUrl: string };
    expect(appConfig.apiBaseUrl).toBe('https://peer-api.azurewebsites.net/api');
  });
});
