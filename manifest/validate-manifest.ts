import { AppManifestUtils } from '@microsoft/app-manifest';

/**
 * Validates a manifest against the schema its `$schema` names, using the copy bundled with
 * @microsoft/app-manifest (no network). Returns every error, not just the first.
 */
export async function validateManifest(manifest: unknown): Promise<string[]> {
  return AppManifestUtils.validateAgainstSchema(
    manifest as Parameters<typeof AppManifestUtils.validateAgainstSchema>[0],
  );
}
