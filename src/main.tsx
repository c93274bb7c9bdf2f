import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadLocale } from './lib/i18n';
import { enableMocking } from './lib/mocking';
import { pageLocale } from './lib/preferences';
import { installPrintHooks } from './lib/printing';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
// Report mode: printing opens every data table, on every page and embed.
installPrintHooks();

// The page's language travels alongside the worker, so a German page draws in German from its first paint.
const dictionary = loadLocale(pageLocale()).catch((error: unknown) => {
  console.error("The page's language could not load; it shows in English.", error);
});

// The worker must be ready before the first request, or that request reaches the static server.
const mocking = enableMocking().catch((error: unknown) => {
  console.error('The mocked API could not start; requests go to the server as they are.', error);
});

void Promise.all([mocking, dictionary]).finally(() => {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
