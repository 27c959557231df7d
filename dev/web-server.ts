import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import type { AppConfig } from '../shared/model/app-config';
import { securityHeaders, securityOriginsOf } from './security-headers';

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built web app like static hosting would, plus `/app-config.json`, and forwards `/api`
 * to the functions host (the same split the Vite dev server makes with its proxy).
 */
export async function startStaticWebServer(options: {
  root: string;
  apiUrl: string;
  appConfig: AppConfig;
  port?: number;
  host?: string;
}): Promise<WebServer> {
  const host = options.host ?? '127.0.0.1';
  const root = resolve(options.root);
  if (!existsSync(join(root, 'tab.html'))) {
    throw new Error(`No built web app in ${options.root}: run "npm run build:web" first.`);
  }
  const api = new URL(options.apiUrl);
  const origins = securityOriginsOf(options.appConfig);
  const security = securityHeaders({
    ...(origins.apiOrigin ? { apiOrigin: origins.apiOrigin } : {}),
    authorityOrigins: origins.authorityOrigins,
  });
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain', ...security });
      return res.end('Bad request');
    }
    if (path.startsWith('/api/') || path === '/api') return proxy(req, res, api);
    for (const [name, value] of Object.entries(security)) res.setHeader(name, value);
    if (path === '/app-config.json') {
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES['.json'], 'Cache-Control': 'no-store' });
      return res.end(JSON.stringify(options.appConfig));
    }
    serveFile(res, root, path === '/' ? '/tab.html' : path);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function serveFile(res: ServerResponse, root: string, path: string) {
  const file = normalize(join(root, path));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    return res.end('Not found');
  }
  const immutable = file.includes(`${join(root, 'assets')}`);
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(res);
}

function proxy(req: IncomingMessage, res: ServerResponse, api: URL) {
  const upstream = httpRequest(
    {
      host: api.hostname,
      port: api.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: api.host },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'application/problem+json' });
    res.end(
      JSON.stringify({ type: 'about:blank', title: 'Bad gateway', status: 502, detail: 'The API is not reachable.' }),
    );
  });
  req.pipe(upstream);
}
