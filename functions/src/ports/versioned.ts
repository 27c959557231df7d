/** A stored value and the version tag (ETag) that guards its next update: the one name for that pair. */
export interface Versioned<T> {
  value: T;
  etag: string;
}
