import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { securityHeaders } from '../../../dev/security-headers';
import { launchChromium } from '../../support/e2e-browser';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

let server: Server;
let origin: string;
let browser: Browser;

/** The built pages behind the production header set, as the static host serves them. */
beforeAll(async () => {
  const root = inject('webRoot');
  server = createServer((req, res) => {
    const headers = securityHeaders({ apiOrigin: origin });
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/app-config.json') {
      res.setHeader('Content-Type', 'application/json');
      const auth = { mode: 'entra', clientId: 'c1', apiScope: 'api://127.0.0.1/c1/access_as_user' };
      res.end(JSON.stringify({ apiBaseUrl: `${origin}/api`, auth }));
      return;
    }
    if (path.startsWith('/api/')) {
      res.statusCode = 401;
      res.setHeader('Content-Type', 'application/problem+json');
      res.end(JSON.stringify({ status: 401, title: 'Unauthorized' }));
      return;
    }
    const file = join(root, normalize(path).replace(/^([/\\])+/, ''));
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server.close(resolve));
});

describe('the built pages under the production security headers', () => {
  it.each(['tab', 'sidepanel', 'compose', 'config'])('%s.html renders with no CSP violation', async (name) => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.log(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const response = await page.goto(`${origin}/${name}.html`);
    expect(response?.headers()['content-security-policy']).toContain('frame-ancestors');
    await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
    // A request to a host the policy does not name is refused: the policy is really in force.
    const blocked = await page.evaluate(() =>
      fetch('http://127.0.0.2:9/x').then(
        () => false,
        () => true,
      ),
    );
    expect(blocked).toBe(true);
    // zod probes for eval support inside a try/catch (harmless, but reported); the add-in can turn the
    // probe off with z.config({ jitless: true }). Anything else is a real violation.
    expect(violations.filter((v) => !v.includes('127.0.0.2') && !/script-src eval/.test(v))).toEqual([]);
    expect(violations.some((v) => v.includes('127.0.0.2'))).toBe(true);
    await page.close();
  });
});
