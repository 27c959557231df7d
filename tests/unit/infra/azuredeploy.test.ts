import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  functionAppSettings,
  onlyResource,
  referencedNames,
  resourcesOf,
  stringsIn,
  template,
  templateText,
} from './arm-template';

const ROLE = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b',
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88',
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3',
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6',
};

const setting = (name: string) => functionAppSettings().find((s) => s.name === name)?.value;

describe('infra/azuredeploy.json', () => {
  it('creates the function app, its Flex Consumption plan, storage, Key Vault, monitoring and the static web app', () => {
    const types = new Set(template.resources.map((r) => r.type));
    for (const type of [
      'Microsoft.Web/serverfarms',
      'Microsoft.Web/sites',
      'Microsoft.Storage/storageAccounts',
      'Microsoft.KeyVault/vaults',
      'Microsoft.Insights/components',
      'Microsoft.OperationalInsights/workspaces',
      'Microsoft.Web/staticSites',
      'Microsoft.Authorization/roleAssignments',
    ])
      expect(types, type).toContain(type);
    const plan = onlyResource('Microsoft.Web/serverfarms');
    expect(plan.sku).toEqual({ name: 'FC1', tier: 'FlexConsumption' });
    expect(plan.properties?.reserved).toBe(true); // Linux
    const ai = onlyResource('Microsoft.Insights/components');
    expect(String(ai.properties?.WorkspaceResourceId)).toContain('Microsoft.OperationalInsights/workspaces');
  });

  it('runs Node 20 on Linux with a system-assigned identity and always-ready instances defaulting to 0', () => {
    const site = onlyResource('Microsoft.Web/sites');
    expect(site.kind).toBe('functionapp,linux');
    expect(site.identity).toEqual({ type: 'SystemAssigned' });
    const config = site.properties?.functionAppConfig as {
      runtime: { name: string; version: string };
      deployment: { storage: { type: string; value: string; authentication: { type: string } } };
      scaleAndConcurrency: { alwaysReady: string };
    };
    expect(config.runtime).toEqual({ name: 'node', version: '20' });
    expect(config.deployment.storage.type).toBe('blobContainer');
    expect(config.deployment.storage.authentication).toEqual({ type: 'SystemAssignedIdentity' });
    expect(config.scaleAndConcurrency.alwaysReady).toContain("parameters('alwaysReadyInstances')");
    expect(template.parameters.alwaysReadyInstances?.defaultValue).toBe(0);
    // Flex Consumption rejects the worker-runtime settings of the older plans.
    expect(setting('FUNCTIONS_WORKER_RUNTIME')).toBeUndefined();
    expect(setting('FUNCTIONS_EXTENSION_VERSION')).toBeUndefined();
  });

  it('grants the identity table, blob and queue data roles on the account and Secrets User on the vault', () => {
    const assignments = resourcesOf('Microsoft.Authorization/roleAssignments');
    const texts = assignments.map((a) => JSON.stringify(a) + JSON.stringify(template.variables));
    const granted = (roleId: string, scope: string) =>
      assignments.some((a, i) => texts[i]!.includes(roleId) && String(a.scope).includes(scope));
    expect(granted(ROLE.storageTableDataContributor, 'Microsoft.Storage/storageAccounts')).toBe(true);
    expect(granted(ROLE.storageBlobDataOwner, 'Microsoft.Storage/storageAccounts')).toBe(true);
    expect(granted(ROLE.storageQueueDataContributor, 'Microsoft.Storage/storageAccounts')).toBe(true);
    expect(granted(ROLE.keyVaultSecretsUser, 'Microsoft.KeyVault/vaults')).toBe(true);
    const storageRoles = template.variables.storageRoles as string[];
    expect(storageRoles).toHaveLength(3);
    for (const a of assignments) {
      expect(a.properties?.principalType).toBe('ServicePrincipal');
      expect(String(a.properties?.principalId)).toMatch(/identity\.principalId/);
    }
  });

  it('reaches storage by identity and the client secret through a Key Vault reference', () => {
    expect(setting('AzureWebJobsStorage__accountName')).toBeDefined();
    expect(setting('AzureWebJobsStorage')).toBeUndefined();
    expect(setting('STORAGE_ACCOUNT_URL')).toMatch(/primaryEndpoints\.table/);
    expect(setting('GRAPH_CLIENT_SECRET')).toMatch(/@Microsoft\.KeyVault\(SecretUri=/);
    expect(setting('TELEMETRY_USER_HASH_SALT')).toMatch(/@Microsoft\.KeyVault\(SecretUri=/);
    const vault = onlyResource('Microsoft.KeyVault/vaults');
    expect(vault.properties?.enableRbacAuthorization).toBe(true);
  });

  it('sets every app setting the API configuration requires', () => {
    const parser = readFileSync('functions/src/config/api-config.ts', 'utf8');
    for (const name of ['AUTH_ISSUERS', 'AUTH_JWKS_URI', 'AUTH_AUDIENCES', 'AUTH_ALLOWED_TENANTS']) {
      expect(parser, `the parser still reads ${name}`).toContain(name);
      expect(setting(name), name).toBeTruthy();
    }
    expect(setting('GRAPH_TOKEN_MODE')).toBe('obo');
    expect(setting('GRAPH_CLIENT_ID')).toContain("parameters('entraClientId')");
    expect(setting('AUTH_ALLOWED_TENANTS')).toContain("parameters('allowedTenants')");
    expect(setting('APPLICATIONINSIGHTS_CONNECTION_STRING')).toMatch(/ConnectionString/);
  });

  it('puts no secrets or keys in app settings or outputs', () => {
    const exposed = [...stringsIn(functionAppSettings()), ...stringsIn(template.outputs)].join('\n');
    expect(exposed).not.toMatch(/listKeys|listSecrets|listServiceSas|listAccountSas|AccountKey|SharedAccessKey/i);
    expect(exposed).not.toMatch(/parameters\('(entraClientSecret|userHashSalt)'\)/);
    expect(JSON.stringify(template.outputs)).not.toMatch(/secret/i);
    expect(templateText).not.toMatch(/listKeys\(/); // no key is read anywhere in the template
    expect(template.parameters.entraClientSecret?.type).toBe('securestring');
    expect(template.parameters.userHashSalt?.type).toBe('securestring');
    // The app refuses a salt shorter than 16 characters at start-up; the template refuses it first.
    expect(template.parameters.userHashSalt?.minLength).toBeGreaterThanOrEqual(16);
  });

  it('enforces HTTPS and TLS 1.2, and turns off FTP and shared-key access', () => {
    const site = onlyResource('Microsoft.Web/sites');
    expect(site.properties?.httpsOnly).toBe(true);
    const siteConfig = site.properties?.siteConfig as Record<string, unknown>;
    expect(siteConfig.minTlsVersion).toBe('1.2');
    expect(siteConfig.ftpsState).toBe('Disabled');
    const policies = resourcesOf('Microsoft.Web/sites/basicPublishingCredentialsPolicies');
    expect(policies.map((p) => p.properties?.allow)).toEqual([false, false]);
    const storage = onlyResource('Microsoft.Storage/storageAccounts');
    expect(storage.properties).toMatchObject({
      supportsHttpsTrafficOnly: true,
      minimumTlsVersion: 'TLS1_2',
      allowBlobPublicAccess: false,
      allowSharedKeyAccess: false,
    });
  });

  it("allows only the add-in's origin in CORS, never *", () => {
    const site = onlyResource('Microsoft.Web/sites');
    const cors = (site.properties?.siteConfig as { cors: { allowedOrigins: string[]; supportCredentials: boolean } })
      .cors;
    expect(cors.allowedOrigins).toHaveLength(1);
    expect(cors.allowedOrigins).not.toContain('*');
    expect(cors.allowedOrigins[0]).toContain("parameters('webOrigin')");
    expect(cors.allowedOrigins[0]).not.toMatch(/'\*'/);
  });

  it('uses every parameter and variable, and references only defined ones', () => {
    const body = { resources: template.resources, outputs: template.outputs, variables: template.variables };
    expect([...referencedNames('parameters', body)].sort()).toEqual(Object.keys(template.parameters).sort());
    expect([...referencedNames('variables', body)].sort()).toEqual(Object.keys(template.variables).sort());
    for (const name of ['namePrefix', 'location', 'entraClientId', 'allowedTenants', 'webOrigin'])
      expect(template.parameters[name], name).toBeDefined();
  });

  it('defines the API and web URLs and every value of the app package env file as outputs', () => {
    for (const name of ['apiBaseUrl', 'webBaseUrl', 'appPackageEnv', 'webAppConfig'])
      expect(template.outputs[name]?.value, name).toBeTruthy();
    const envNames = [...readFileSync('manifest/manifest.template.json', 'utf8').matchAll(/\$\{\{([A-Z0-9_]+)\}\}/g)]
      .map((m) => m[1]!)
      .sort();
    const packageEnv = template.outputs.appPackageEnv!.value as Record<string, string>;
    expect(Object.keys(packageEnv).sort()).toEqual([...new Set(envNames)]);
  });

  it('keeps every expression balanced (a cheap stand-in for the ARM parser)', () => {
    for (const text of stringsIn(template).filter((s) => s.startsWith('[') && !s.startsWith('[['))) {
      expect(text.endsWith(']'), text).toBe(true);
      let depth = 0;
      for (const c of text.replace(/'[^']*'/g, '')) {
        if (c === '(') depth += 1;
        if (c === ')') depth -= 1;
        expect(depth, text).toBeGreaterThanOrEqual(0);
      }
      expect(depth, text).toBe(0);
    }
  });

  it('has an example parameters file that names only template parameters and all required ones', () => {
    const example = JSON.parse(readFileSync('infra/azuredeploy.parameters.example.json', 'utf8')) as {
      parameters: Record<string, unknown>;
    };
    for (const name of Object.keys(example.parameters)) expect(template.parameters[name], name).toBeDefined();
    const required = Object.entries(template.parameters).filter(([, p]) => p.defaultValue === undefined);
    for (const [name] of required) expect(example.parameters[name], name).toBeDefined();
  });
});
