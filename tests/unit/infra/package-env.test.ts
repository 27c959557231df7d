import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPackage, envValuesFrom } from '../../../manifest/package';
import { template } from './arm-template';

const saved = 'manifest/env/.env.infra-outputs-test';
afterEach(() => {
  rmSync(saved, { force: true });
  rmSync('build/appPackage.infra-outputs-test.zip', { force: true });
});

/** What `az deployment group show --query properties.outputs` prints after a deployment. */
const deploymentOutputs = {
  apiBaseUrl: { type: 'String', value: 'https://peer-api-x.azurewebsites.net/api' },
  appPackageEnv: {
    type: 'Object',
    value: {
      APP_VERSION: '1.2.3',
      TEAMS_APP_ID: '3f7c1a52-9d8e-4b4e-8f2a-1c5e7d9b2a42',
      DEVELOPER_NAME: 'Contoso IT',
      APP_HOST: 'peer-web-x.azurestaticapps.net',
      AAD_CLIENT_ID: '7a9d3f6e-51c2-4b8e-a7d4-2e6f1c3b9d71',
    },
  },
};

describe('npm run package from the deployment outputs', () => {
  it('reads the appPackageEnv output, whose names are the ones the template declares', () => {
    const values = envValuesFrom(JSON.stringify(deploymentOutputs));
    expect(values).toEqual(deploymentOutputs.appPackageEnv.value);
    const declared = Object.keys(template.outputs.appPackageEnv!.value as object).sort();
    expect(Object.keys(values).sort()).toEqual(declared);
  });

  it('still reads KEY=value files', () => {
    expect(envValuesFrom(readFileSync('manifest/env/.env.dev', 'utf8')).APP_VERSION).toBe('0.1.0');
  });

  it('says what is missing when the outputs are from another template', () => {
    expect(() => envValuesFrom('{"apiBaseUrl":{"value":"x"}}')).toThrow(/appPackageEnv/);
  });

  it('writes a valid app package filled with the deployment values', async () => {
    writeFileSync(saved, JSON.stringify(deploymentOutputs, null, 2));
    const { path, errors } = await buildPackage('infra-outputs-test');
    expect(errors).toEqual([]);
    expectFilledFromOutputs(manifestIn(readFileSync(path)));
  });

  it('does the same from the command line: npm run package -- --env <name>', () => {
    writeFileSync(saved, JSON.stringify(deploymentOutputs, null, 2));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'manifest/package.ts', '--env', 'infra-outputs-test'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('build/appPackage.infra-outputs-test.zip: manifest valid');
    expectFilledFromOutputs(manifestIn(readFileSync('build/appPackage.infra-outputs-test.zip')));
  });
});

interface FilledManifest {
  id: string;
  version: string;
  developer: { name: string; websiteUrl: string };
  validDomains: string[];
  webApplicationInfo: { id: string };
}

function expectFilledFromOutputs(manifest: FilledManifest) {
  const env = deploymentOutputs.appPackageEnv.value;
  expect(manifest.id).toBe(env.TEAMS_APP_ID);
  expect(manifest.version).toBe(env.APP_VERSION);
  expect(manifest.developer.name).toBe(env.DEVELOPER_NAME);
  expect(manifest.developer.websiteUrl).toBe(`https://${env.APP_HOST}/`);
  expect(manifest.validDomains).toEqual([env.APP_HOST]);
  expect(manifest.webApplicationInfo.id).toBe(env.AAD_CLIENT_ID);
}

/** manifest.json out of the package: the local file header's sizes, then the deflated bytes. */
function manifestIn(zip: Buffer): FilledManifest {
  const header = zip.indexOf(Buffer.from('manifest.json')) - 30;
  expect(zip.readUInt32LE(header)).toBe(0x04034b50);
  const size = zip.readUInt32LE(header + 18);
  const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
  return JSON.parse(inflateRawSync(zip.subarray(start, start + size)).toString('utf8')) as FilledManifest;
}
