import { readFileSync, writeFileSync } from 'node:fs';
import { appConfigSchema } from '../shared/model/app-config';
import { staticWebAppConfig } from './static-web-app-config';

/**
 * Writes the static host's files beside the built pages: `staticwebapp.config.json` (security headers,
 * CSP naming the API origin) and, when the deployment's `webAppConfig` output is given, `app-config.json`.
 * The API origin comes from that file's `apiBaseUrl`, else from `API_ORIGIN`; without either the CSP
 * allows only the pages' own origin (an API on another host would then be refused by the browser).
 */
export function writeWebHostConfig(outDir: string, options: { appConfigFile?: string; apiOrigin?: string }) {
  let apiOrigin = options.apiOrigin;
  if (options.appConfigFile) {
    const config = appConfigSchema.parse(JSON.parse(readFileSync(options.appConfigFile, 'utf8')));
    writeFileSync(`${outDir}/app-config.json`, JSON.stringify(config, null, 2) + '\n');
    if (/^https?:\/\//.test(config.apiBaseUrl)) apiOrigin = new URL(config.apiBaseUrl).origin;
  }
  writeFileSync(`${outDir}/staticwebapp.config.json`, JSON.stringify(staticWebAppConfig(apiOrigin), null, 2) + '\n');
  return { apiOrigin };
}
