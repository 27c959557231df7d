import { readFileSync } from 'node:fs';

/** The parts of an ARM template the infra tests read. */
export interface ArmResource {
  type: string;
  name: string;
  apiVersion: string;
  condition?: string;
  kind?: string;
  sku?: { name: string; tier?: string };
  identity?: { type: string };
  scope?: string;
  properties?: Record<string, unknown>;
}

export interface ArmTemplate {
  parameters: Record<string, { type: string; defaultValue?: unknown; minLength?: number }>;
  variables: Record<string, unknown>;
  resources: ArmResource[];
  outputs: Record<string, { type: string; value: unknown }>;
}

export const templateText = readFileSync('infra/azuredeploy.json', 'utf8');
export const template = JSON.parse(templateText) as ArmTemplate;

export const resourcesOf = (type: string) => template.resources.filter((r) => r.type === type);

export function onlyResource(type: string): ArmResource {
  const found = resourcesOf(type);
  if (found.length !== 1) throw new Error(`Expected one ${type}, found ${found.length}`);
  return found[0]!;
}

/** Every string in a JSON value, depth first (expressions live in strings). */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Names referenced as `fn('name')` anywhere in the template's expressions. */
export function referencedNames(fn: 'parameters' | 'variables', value: unknown = template): Set<string> {
  const names = new Set<string>();
  const pattern = new RegExp(`\\b${fn}\\('([^']+)'\\)`, 'g');
  for (const text of stringsIn(value)) for (const match of text.matchAll(pattern)) names.add(match[1]!);
  return names;
}

export interface AppSetting {
  name: string;
  value: string;
}

export function functionAppSettings(): AppSetting[] {
  const site = onlyResource('Microsoft.Web/sites');
  const siteConfig = site.properties?.siteConfig as { appSettings: AppSetting[] };
  return siteConfig.appSettings;
}
