import { readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    const zip = readFileSync(path);
    expect(zip.includes(Buffer.from('manifest.json'))).toBe(true);
  });
});
