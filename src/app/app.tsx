import { StrictMode, useEffect, useState } from 'react';
import { Router } from 'wouter';
import { LOCALE_PREFIX } from '../lib/locale-path';
import { createQueryClient } from '../lib/react-query';
import { viewCommitted } from '../lib/shown-view';
import type { QueryClient } from '@tanstack/react-query';
import { usePageLocale } from './location';
import { AppProvider } from './provider';
import { AppRoutes } from './router';

/** Where a server render is: the page's path and query (the browser's own address otherwise). */
export interface ServerLocation {
  ssrPath?: string;
  ssrSearch?: string;
}

/** The routes under the page's language: `/de/deals/...` routes as `/deals/...` with German text. */
export function LocalizedRoutes({ ssrPath, ssrSearch }: ServerLocation) {
  return (
    <Router ssrPath={ssrPath} ssrSearch={ssrSearch}>
      <WithLocaleBase />
    </Router>
  );
}

function WithLocaleBase() {
  const { locale } = usePageLocale();
  return (
    <Router base={LOCALE_PREFIX[locale]}>
      <AppRoutes />
    </Router>
  );
}

export function App({ queryClient: given, ...location }: ServerLocation & { queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  return (
    <AppProvider queryClient={queryClient}>
      <LocalizedRoutes {...location} />
    </AppProvider>
  );
}

/** Shows the page's content once the client has drawn the address's view (see public/boot.js, shown-view.ts). */
function Drawn() {
  useEffect(viewCommitted, []);
  return null;
}

/**
 * The whole page, as the server renders it (src/server/render.tsx) and the client draws or takes it
 * over (main.tsx): one element for both, so that React's ids (useId) line up between the two.
 */
export function Root(props: ServerLocation & { queryClient: QueryClient }) {
  return (
    <StrictMode>
      <App {...props} />
      <Drawn />
    </StrictMode>
  );
}
