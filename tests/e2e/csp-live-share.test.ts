import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../dev/security-headers';
import { launchChromium } from '../support/e2e-browser';

let server: Server;
let origin: string;
let browser: Browser;

/** A blank page behind the production header set: Chromium itself decides what the policy allows. */
beforeAll(async () => {
  server = createServer((_req, res) => {
    for (const [name, value] of Object.entries(securityHeaders({ https: true }))) res.setHeader(name, value);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end('<!doctype html><title>csp</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server.close(resolve));
});

/** Fetches `url` (answered by a route, so an allowed request succeeds) and reports what happened. */
async function tryFetch(page: Page, url: string): Promise<'ok' | 'refused'> {
  return page.evaluate(
    (target) =>
      fetch(target).then(
        () => 'ok' as const,
        () => 'refused' as const,
      ),
    url,
  );
}

/** Opens a web socket and returns the URIs the policy blocked while it tried. */
async function socketViolations(page: Page, url: string): Promise<string[]> {
  return page.evaluate(
    (target) =>
      new Promise<string[]>((resolve) => {
        const blocked: string[] = [];
        const onViolation = (event: SecurityPolicyViolationEvent) => blocked.push(event.blockedURI);
        document.addEventListener('securitypolicyviolation', onViolation);
        const done = () => {
          document.removeEventListener('securitypolicyviolation', onViolation);
          resolve(blocked);
        };
        try {
          const socket = new WebSocket(target);
          // A blocked socket reports its violation before its error event; an allowed one fails on
          // the (absent) network or opens. Either way the outcome is settled by then.
          socket.addEventListener('error', done);
          socket.addEventListener('open', () => {
            socket.close();
            done();
          });
        } catch {
          done();
        }
      }),
    url,
  );
}

describe('the production CSP and Live Share in a Teams meeting', () => {
  it('lets the page reach Azure Fluid Relay over https and wss, and still refuses other hosts', async () => {
    const page = await browser.newPage();
    await page.route(/fluidrelay\.azure\.com|example\.com/, (route) =>
      route.fulfill({ status: 200, body: '{}', headers: { 'Access-Control-Allow-Origin': '*' } }),
    );
    await page.goto(`${origin}/`);
    for (const url of [
      'https://us.fluidrelay.azure.com/documents/t1',
      'https://eu.fluidrelay.azure.com/documents/t1',
      'https://global.fluidrelay.azure.com/documents/t1',
      'https://alfred.westus2.fluidrelay.azure.com/socket.io/?EIO=4&transport=polling',
      'https://historian.westeurope.fluidrelay.azure.com/repos/t1/git/summaries/latest',
    ])
      expect(await tryFetch(page, url), url).toBe('ok');
    expect(await socketViolations(page, 'wss://alfred.westus2.fluidrelay.azure.com/socket.io/')).toEqual([]);

    for (const url of [
      'https://example.com/x',
      'http://us.fluidrelay.azure.com/documents/t1',
      'https://fluidrelay.azure.com.example.com/x',
      'https://evilfluidrelay.azure.com/x',
    ])
      expect(await tryFetch(page, url), url).toBe('refused');
    expect(await socketViolations(page, 'wss://example.com/socket.io/')).toEqual(['wss://example.com/socket.io/']);
    expect(await socketViolations(page, 'ws://alfred.westus2.fluidrelay.azure.com/socket.io/')).toHaveLength(1);
    await page.close();
  });
});
