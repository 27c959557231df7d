import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { freePort } from '../../dev/free-port';
import { startViteServer } from '../../dev/vite-server';
import type { WebServer } from '../../dev/web-server';
import { FRAME_ANCESTORS } from '../../dev/security-headers';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../support/browser-path';
import { signedInPage } from '../support/e2e-browser';
import { startTestStack, type TestStack } from '../support/test-stack';

const APP_PAGES = ['tab.html', 'sidepanel.html', 'compose.html', 'config.html'];
const PAGES = [...APP_PAGES, 'privacy.html', 'terms.html'];

let stack: TestStack;
let browser: Browser;
beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startTestStack({ web: 'static' }),
    // Chromium's Local Network Access check would block any public origin from framing a loopback
    // page, hiding what our CSP does; switched off so frame-ancestors alone decides.
    chromium.launch({
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--disable-features=LocalNetworkAccessChecks',
      ],
    }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

function expectSecurityHeaders(headers: Headers, label: string) {
  expect(headers.get('x-content-type-options'), label).toBe('nosniff');
  expect(headers.get('referrer-policy'), label).toBe('strict-origin-when-cross-origin');
  expect(headers.get('permissions-policy'), label).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  const csp = directives(headers.get('content-security-policy') ?? '');
  expect(csp.get('frame-ancestors'), label).toEqual([...FRAME_ANCESTORS]);
  expect(csp.get('script-src'), label).not.toContain("'unsafe-inline'");
  expect(csp.get('script-src'), label).not.toContain("'unsafe-eval'");
  expect(csp.get('object-src'), label).toEqual(["'none'"]);
  return csp;
}

/** A page at a foreign https origin that frames one of ours (served by interception, not a network). */
async function framedBy(
  hostOrigin: string,
  target: string,
): Promise<{ page: Page; childTitle: string; console: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const messages: string[] = [];
  page.on('console', (m) => messages.push(m.text()));
  await page.route(`${hostOrigin}/host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>host</title><iframe src="${target}"></iframe>`,
    }),
  );
  await page.goto(`${hostOrigin}/host.html`);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error('no child frame');
  await frame.waitForLoadState('domcontentloaded');
  const childTitle = await frame.title().catch(() => '');
  return { page, childTitle, console: messages };
}

describe('security headers on the static web app', () => {
  it.each(PAGES)('%s carries the CSP, nosniff, referrer and permissions policies', async (name) => {
    const response = await fetch(`${stack.webUrl}/${name}`);
    expect(response.status).toBe(200);
    const csp = expectSecurityHeaders(response.headers, name);
    expect(csp.get('connect-src')).toEqual(expect.arrayContaining(["'self'"]));
  });

  it('assets, app-config.json and a 404 carry them too', async () => {
    const html = await (await fetch(`${stack.webUrl}/tab.html`)).text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    for (const path of [asset!, '/app-config.json', '/no-such-page.html']) {
      expectSecurityHeaders((await fetch(`${stack.webUrl}${path}`)).headers, path);
    }
  });

  it('a broken percent-encoding answers 400 instead of crashing the server', async () => {
    expect((await fetch(`${stack.webUrl}/%ZZ`)).status).toBe(400);
    expect((await fetch(`${stack.webUrl}/tab.html`)).status).toBe(200);
  });

  it('the built pages hold no inline script', () => {
    const root = inject('webRoot');
    const pages = readdirSync(root).filter((f) => f.endsWith('.html'));
    expect(pages.sort()).toEqual([...PAGES].sort());
    for (const file of pages) {
      const html = readFileSync(join(root, file), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      if (APP_PAGES.includes(file)) expect(scripts.length, file).toBeGreaterThan(0);
      for (const [, attributes = '', body = ''] of scripts) {
        expect(attributes, file).toMatch(/\bsrc=/);
        expect(body.trim(), file).toBe('');
      }
      expect(html, file).not.toMatch(/\son[a-z]+=/i);
    }
  });

  it('a foreign origin cannot frame the tab; Teams can', async () => {
    const foreign = await framedBy('https://evil.example', `${stack.webUrl}/tab.html`);
    expect(foreign.childTitle).not.toBe('Peers');
    expect(foreign.console.join('\n')).toMatch(
      /violates the following Content Security Policy directive: "frame-ancestors/,
    );
    await foreign.page.context().close();

    const teams = await framedBy('https://teams.microsoft.com', `${stack.webUrl}/tab.html`);
    expect(teams.childTitle).toBe('Peers');
    await teams.page.context().close();
  });

  it('the signed-in tab runs under its CSP without a single violation', async () => {
    const user = stack.tenant.data.users.find((u) => u.managerId)!;
    const { context, page } = await signedInPage(browser, `${stack.webUrl}/tab.html`, user.displayName);
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    for (const name of ['sidepanel.html', 'compose.html', 'config.html']) {
      await page.goto(`${stack.webUrl}/${name}`);
      await page.locator('#root *').first().waitFor();
    }
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('security headers on the Vite dev server', () => {
  let vite: WebServer;
  beforeAll(async () => {
    vite = await startViteServer({
      port: await freePort(),
      apiUrl: stack.apiUrl,
      appConfig: { apiBaseUrl: '/api', auth: { mode: 'demo', signInUrl: `${stack.tenant.url}/signin` } },
    });
  });
  afterAll(() => vite?.close());

  it('serves the pages with the headers; the only inline script is the nonce-stamped refresh preamble', async () => {
    const response = await fetch(`${vite.url}/tab.html`);
    const csp = expectSecurityHeaders(response.headers, 'vite tab.html');
    const nonce = csp.get('script-src')?.find((s) => s.startsWith("'nonce-"));
    expect(nonce).toBeDefined();
    const html = await response.text();
    for (const [, attributes = ''] of html.matchAll(/<script\b([^>]*)>/gi)) {
      expect(attributes).toContain(`nonce="${nonce!.slice(7, -1)}"`);
    }
  });

  it(
    'the dev page runs its scripts (refresh preamble allowed) with no CSP violation',
    { timeout: 180_000 },
    async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy|preamble/i.test(m.text())) violations.push(m.text());
      });
      // The first dev load optimises dependencies (slow on a busy machine); the app then runs and,
      // signed out, sends us to the demo sign-in page, which only its scripts can do.
      await page.goto(`${vite.url}/tab.html`, { timeout: 150_000 });
      await page.waitForURL(/\/signin\?/, { timeout: 150_000 });
      expect(violations).toEqual([]);
      await context.close();
    },
  );
});
