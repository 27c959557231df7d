import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { enUS } from '../addin/src/i18n/messages.en-US';
import { applyCatalogue, fillTemplate, parseEnvFile, type ActivityType } from './manifest-template';
import { validateManifest } from './validate-manifest';
import { writeZip } from './zip-writer';

/**
 * `npm run package -- --env dev`: fills manifest.template.json from manifest/env/.env.<env> (or the
 * template's saved deployment outputs), validates it offline against the bundled schema, and writes
 * build/appPackage.<env>.zip.
 */
export async function buildPackage(env: string): Promise<{ path: string; errors: string[] }> {
  const values = envValuesFrom(readFileSync(`manifest/env/.env.${env}`, 'utf8'));
  const manifestText = fillTemplate(readFileSync('manifest/manifest.template.json', 'utf8'), values);
  const parsed = JSON.parse(manifestText) as { activities?: { activityTypes?: ActivityType[] } };
  const manifest = applyCatalogue(parsed, enUS);
  const errors = await validateManifest(manifest);
  const path = `build/appPackage.${env}.zip`;
  if (errors.length === 0) {
    mkdirSync('build', { recursive: true });
    writeFileSync(
      path,
      writeZip([
        { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2)) },
        { name: 'color.png', data: readFileSync('manifest/icons/color.png') },
        { name: 'outline.png', data: readFileSync('manifest/icons/outline.png') },
      ]),
    );
  }
  return { path, errors };
}

/**
 * An env file is either `KEY=value` lines or the deployment's outputs as `az deployment group show
 * --query properties.outputs` prints them; then the `appPackageEnv` output holds the values.
 */
export function envValuesFrom(text: string): Record<string, string> {
  if (!text.trimStart().startsWith('{')) return parseEnvFile(text);
  const outputs = JSON.parse(text) as { appPackageEnv?: { value?: Record<string, unknown> } };
  const packageEnv = outputs.appPackageEnv?.value;
  if (!packageEnv) throw new Error('The deployment outputs have no appPackageEnv value (infra/azuredeploy.json)');
  return Object.fromEntries(Object.entries(packageEnv).map(([key, value]) => [key, String(value)]));
}

if (process.argv[1]?.endsWith('package.ts')) {
  const flag = process.argv.indexOf('--env');
  const env = flag >= 0 ? process.argv[flag + 1] : 'dev';
  if (!env || !/^[a-z0-9-]+$/i.test(env)) {
    console.error('Usage: npm run package -- --env <name> (reads manifest/env/.env.<name>)');
    process.exit(2);
  }
  try {
    const { path, errors } = await buildPackage(env);
    if (errors.length > 0) {
      console.error(
        `The manifest for "${env}" is not valid (${errors.length} error${errors.length === 1 ? '' : 's'}):`,
      );
      for (const error of errors) console.error(`  - ${error}`);
      process.exit(1);
    }
    console.log(`${path}: manifest valid against its bundled schema`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
