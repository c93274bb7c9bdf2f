import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AppProvider } from '../src/app/provider';
import { LocalizedRoutes } from '../src/app/app';
import { localePath } from '../src/lib/locale-path';
import type { Locale } from '../src/lib/i18n';
import { PreferencesProvider } from '../src/lib/preferences';
import { createQueryClient } from '../src/lib/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { preloadLoadables } from '../src/components/loadable';

// The app's own retry policy, without the wait between attempts.
export const testQueryClient = () => createQueryClient({ retryDelay: 0 });

/**
 * Loads the code of every page and widget the app loads on demand: for a file's beforeAll, so that
 * the first test that renders a page does not pay for importing the charts (seconds on a busy
 * machine) inside its own time and its findBy* limits.
 */
export const preloadApp = (): Promise<void> => preloadLoadables();

/**
 * Renders the whole app at a route, as a user who typed that address would see it. The app reads
 * jsdom's own address (the History API), so `location()` is where the app has taken the user since.
 */
export function renderRoute(path: string, { locale = 'en' as Locale } = {}) {
  const queryClient = testQueryClient();
  // The page's language is in its address (a German page at /de/...), as the boot script leaves it.
  window.history.replaceState(
    null,
    '',
    localePath(locale, path.split('?')[0]) + (path.includes('?') ? `?${path.split('?').slice(1).join('?')}` : ''),
  );
  localStorage.setItem('deal-dashboard:preferences', JSON.stringify({ locale, theme: 'light' }));
  const view = render(
    <AppProvider queryClient={queryClient}>
      <LocalizedRoutes />
    </AppProvider>,
  );
  const location = () => ({ pathname: window.location.pathname, search: window.location.search });
  return { ...view, location, queryClient };
}

/** Renders one component with a fresh query client and the given locale. */
export function renderWithProviders(ui: ReactElement, { locale = 'en' as Locale } = {}) {
  const queryClient = testQueryClient();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <PreferencesProvider locale={locale} initialTheme="light">
        {ui}
      </PreferencesProvider>
    </QueryClientProvider>,
  );
  return { ...view, queryClient };
}
