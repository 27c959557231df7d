import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A page body loaded as its own chunk, so a page's first download is only the shell (React, the
 * theme provider, the catalogue). The download starts at once, alongside host detection and
 * sign-in, rather than when React first renders it.
 */
export function lazyBody<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  const loading = load();
  // Marks the rejection as handled here; React reports it through the page when it renders.
  loading.catch(() => undefined);
  return lazy(async () => ({ default: (await loading)[name] }));
}
