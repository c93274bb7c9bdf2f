import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startApi } from './app/start-api';
import { loadLocale } from './lib/i18n';
import { pageLocale } from './lib/preferences';
import { installPrintHooks } from './lib/printing';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
// Report mode: printing opens every data table, on every page and embed.
installPrintHooks();

// How this page reaches the API: the real one, the prerendered answers or the live mock worker
// (whose transport holds each request until the worker listens). The early requests may have chosen already.
startApi(location.search);

// A German page draws in German from its first paint.
void loadLocale(pageLocale())
  .catch((error: unknown) => {
    console.error("The page's language could not load; it shows in English.", error);
  })
  .finally(() => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
