import { readFile, writeFile } from 'node:fs/promises';
import { parseTenant, TenantFileError, type TenantData } from './tenant-schema';

/** Reads and validates a tenant JSON file; errors name the file and each bad field. */
export async function parseTenantFile(path: string): Promise<TenantData> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new TenantFileError([`cannot read ${path}: ${(e as Error).message}`]);
  }
  try {
    return parseTenant(text);
  } catch (e) {
    if (e instanceof TenantFileError) throw new TenantFileError(e.problems.map((p) => `${path}: ${p}`));
    throw e;
  }
}

/** Writes a tenant as a file `DEMO_TENANT` (or `startStack({ tenantFile })`) can load. */
export async function writeTenantFile(path: string, data: TenantData): Promise<void> {
  await writeFile(path, JSON.stringify(data));
}
