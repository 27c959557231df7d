import { randomBytes } from 'node:crypto';
import { createServer } from 'vite';
import type { AppConfig } from '../shared/model/app-config';
import type { WebServer } from './web-server';
import { securityHeaders, securityOriginsOf } from './security-headers';

/** The Vite dev server for `addin/`, proxying `/api` to the functions host and serving `/app-config.json`. */
export async function startViteServer(options: {
  port: number;
  apiUrl: string;
  appConfig: AppConfig;
}): Promise<WebServer> {
  // Dev only: Vite's React refresh preamble is an inline script. Vite stamps this nonce on every
  // script it writes into the pages; the build output has no inline script and needs none.
  const nonce = randomBytes(16).toString('base64');
  const origins = securityOriginsOf(options.appConfig);
  const security = securityHeaders({
    ...(origins.apiOrigin ? { apiOrigin: origins.apiOrigin } : {}),
    authorityOrigins: origins.authorityOrigins,
    dev: { nonce, hmrOrigin: `ws://127.0.0.1:${options.port}` },
  });
  const server = await createServer({
    configFile: 'addin/vite.config.ts',
    logLevel: 'warn',
    html: { cspNonce: nonce },
    server: {
      host: '127.0.0.1',
      port: options.port,
      strictPort: true,
      proxy: { '/api': { target: options.apiUrl, changeOrigin: true } },
    },
    plugins: [
      {
        name: 'peer-app-config',
        configureServer(dev) {
          dev.middlewares.use((_req, res, next) => {
            for (const [name, value] of Object.entries(security)) res.setHeader(name, value);
            next();
          });
          dev.middlewares.use('/app-config.json', (_req, res) => {
            res.setHeader('Content-Type', 'application/json');
            res.setHeader('Cache-Control', 'no-store');
            res.end(JSON.stringify(options.appConfig));
          });
        },
      },
    ],
  });
  await server.listen();
  return { url: `http://127.0.0.1:${options.port}`, close: () => server.close() };
}
