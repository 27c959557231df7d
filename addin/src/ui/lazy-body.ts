import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type Loaded<P> = { default: ComponentType<P> };

/**
 * A component in its own chunk that renders without suspending once the chunk is in. React holds
 * back content that suspended behind a fallback until 300 ms after that fallback appeared; a chunk
 * fetched ahead (`preload`) is therefore handed to `lazy` as a thenable that answers at once, so
 * React.lazy resolves it in the same render and never shows the fallback.
 */
export function preloadableLazy<P extends object>(load: () => Promise<Loaded<P>>) {
  let loaded: Loaded<P> | undefined;
  let loading: Promise<Loaded<P>> | undefined;
  const preload = () => {
    loading ??= load().then((module) => (loaded = module));
    // Marks a rejection as handled here; React reports it through the page when it renders.
    loading.catch(() => undefined);
    return loading;
  };
  const component = lazy(() => {
    if (loaded === undefined) return preload();
    const ready = loaded;
    // React.lazy only calls `then`; answering synchronously makes the component resolved at once.
    return { then: (resolve: (module: Loaded<P>) => void) => resolve(ready) } as unknown as Promise<Loaded<P>>;
  });
  return { component, preload };
}

/**
 * A page body loaded as its own chunk, so a page's first download is only the shell (React, the
 * theme provider, the catalogue). The download starts at once, alongside host detection and
 * sign-in, rather than when React first renders it.
 */
export function lazyBody<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  const body = preloadableLazy(async () => ({ default: (await load())[name] }));
  void body.preload();
  return body.component;
}
