import { createServer } from 'vite';
import type { AppConfig } from '../shared/model/app-config';
import type { WebServer } from './web-server';

/** The Vite dev server for `addin/`, proxying `/api` to the functions host and serving `/app-config.json`. */
export async function startViteServer(options: {
  port: number;
  apiUrl: string;
  appConfig: AppConfig;
}): Promise<WebServer> {
  const server = await createServer({
    configFile: 'addin/vite.config.ts',
    logLevel: 'warn',
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
