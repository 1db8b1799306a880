import { lazy, type ComponentType } from 'react';

export interface LazyComponent<P extends object> {
  (props: P): React.JSX.Element;
  /** Starts fetching the code now (before it is shown), once. */
  preload(): Promise<unknown>;
}

/**
 * A page (or a dialog) whose code is fetched the first time it is shown (React.lazy; the caller
 * renders it in a Suspense with a loading state). React.lazy keeps a failed load failed for good;
 * here a chunk that did not arrive (a network hiccup, a redeploy) is asked for again on the next
 * render, so the page boundary's "Opnieuw proberen" can bring the page back without a reload
 * (where the browser does not remember the failed module fetch itself).
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      current = fresh();
      throw error;
    }));
  const fresh = () => lazy(() => preload().then((component) => ({ default: component })));
  let current = fresh();
  function Page(props: P) {
    const Current = current;
    return <Current {...props} />;
  }
  Page.preload = preload;
  return Page;
}
