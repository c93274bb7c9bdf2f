import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { useT, type MessageKey } from '../lib/i18n';
import { ErrorState, LoadingState } from './query-state';

/**
 * A component whose code loads on demand, drawn the moment it arrives. Unlike React.lazy it does
 * not suspend: React 19 holds back content that replaces a Suspense fallback until 300 ms after
 * the fallback appeared, which delayed every page's first draw by up to that much. While the code
 * loads it draws `fallback` (a loading state by default); if the code cannot load, an error with a
 * retry in its place. `what` names it in those messages.
 */
export function loadable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  what: MessageKey,
  fallback: (what: string) => ReactNode = (text) => <LoadingState what={text} />,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (pending ??= load().then(
      (module) => (loaded = module.default),
      (error: unknown) => {
        pending = null; // The next attempt asks again.
        throw error;
      },
    ));

  function Loadable(props: P) {
    const t = useT();
    // Ask for the code during the first render already, as React.lazy does (once: the request is cached).
    if (!loaded && !pending) start().catch(() => undefined);
    const [state, setState] = useState<{ component: ComponentType<P> | null; error: unknown }>({
      component: loaded,
      error: null,
    });
    // Runs again when a retry clears the error.
    useEffect(() => {
      if (state.component || state.error) return;
      let current = true;
      start().then(
        (component) => current && setState({ component, error: null }),
        (error: unknown) => current && setState({ component: null, error }),
      );
      return () => {
        current = false;
      };
    }, [state.component, state.error]);

    if (state.error) {
      return (
        <ErrorState what={t(what)} error={state.error} onRetry={() => setState({ component: null, error: null })} />
      );
    }
    const Component = state.component;
    return Component ? <Component {...props} /> : fallback(t(what));
  }
  Loadable.displayName = `Loadable(${what})`;
  return Loadable;
}
