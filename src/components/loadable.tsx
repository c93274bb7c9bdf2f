import { use, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { mountsServerHtml } from '../lib/hydration';
import { Boundary } from './boundary';
import type { WhatKey } from '../lib/i18n';
import { ErrorState, LoadingState } from './query-state';

/** Every loadable's code, for the prerender step: it renders with all of them loaded. */
const everyLoad = new Set<() => Promise<unknown>>();

/**
 * Loads the code of every loadable defined so far, and of those their modules define, until none is
 * left: the prerender step (src/server/render.tsx) draws pages whole, never a loading state.
 */
export async function preloadLoadables(): Promise<void> {
  const done = new Set<() => Promise<unknown>>();
  while (done.size < everyLoad.size) {
    const next = [...everyLoad].filter((load) => !done.has(load));
    await Promise.all(next.map((load) => load()));
    next.forEach((load) => done.add(load));
  }
}

/**
 * A component whose code loads on demand, drawn the moment it arrives. Unlike React.lazy it does
 * not suspend: React 19 holds back content that replaces a Suspense fallback until 300 ms after
 * the fallback appeared, which delayed every page's first draw by up to that much. While the code
 * loads it draws `fallback` (a loading state by default); if the code cannot load, an error with a
 * retry in its place. `what` names it in those messages.
 *
 * In a prerendered page it is the other way round: the HTML already shows the component, so while
 * the page hydrates a loadable waits for its code (it suspends, and React keeps the server's HTML
 * in place until the code is here) rather than replacing what the reader sees with a loading state.
 */
export function loadable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  what: WhatKey,
  fallback: (what: WhatKey) => ReactNode = (key) => <LoadingState what={key} />,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  // Settles either way, once: a failed load is the Loadable's error state (with its retry), never a suspension.
  let settled: Promise<unknown> | null = null;
  const start = () =>
    (pending ??= load().then(
      (module) => (loaded = module.default),
      (error: unknown) => {
        pending = null; // The next attempt asks again.
        throw error;
      },
    ));
  const whenSettled = () => (settled ??= start().catch(() => null));
  everyLoad.add(start);

  /** Inside the Loadable's Suspense boundary: the component, or (mounting server HTML) a wait for it. */
  function Body({ component, wait, props }: { component: ComponentType<P> | null; wait: boolean; props: P }) {
    const Component = component ?? loaded;
    if (Component) return <Component {...props} />;
    if (wait) use(whenSettled());
    return fallback(what);
  }

  function Loadable(props: P) {
    // Ask for the code during the first render already, as React.lazy does (once: the request is cached).
    if (!loaded && !pending) start().catch(() => undefined);
    // Mounted to take over prerendered HTML: wait for the code rather than draw a loading state.
    const [wait] = useState(mountsServerHtml);
    const [state, setState] = useState<{ component: ComponentType<P> | null; error: unknown }>({
      component: loaded,
      error: null,
    });
    // Runs again when a retry clears the error.
    useEffect(() => {
      if (state.component || state.error) return;
      let current = true;
      start().then(
        // Taking over server HTML, the boundary below retries by itself once the code is here; an
        // update to it before then would make React drop the server's HTML and draw the fallback.
        (component) => current && !wait && setState({ component, error: null }),
        (error: unknown) => current && setState({ component: null, error }),
      );
      return () => {
        current = false;
      };
    }, [state.component, state.error, wait]);

    if (state.error) {
      return <ErrorState what={what} error={state.error} onRetry={() => setState({ component: null, error: null })} />;
    }
    return (
      <Boundary fallback={fallback(what)}>
        <Body component={state.component} wait={wait} props={props} />
      </Boundary>
    );
  }
  Loadable.displayName = `Loadable(${what})`;
  return Loadable;
}
