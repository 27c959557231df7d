import { createHash } from 'node:crypto';

/** A collection's ETag: changes whenever any item in it does. */
export function collectionEtag(tags: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const tag of tags) hash.update(tag);
  return `W/"${hash.digest('base64url').slice(0, 27)}"`;
}
