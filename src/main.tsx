import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { enableMocking } from './lib/mocking';
import { installPrintHooks } from './lib/printing';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
// Report mode: printing opens every data table, on every page and embed.
installPrintHooks();

// The worker must be ready before the first request, or that request reaches the static server.
enableMocking()
  .catch((error: unknown) => {
    console.error('The mocked API could not start; requests go to the server as they are.', error);
  })
  .finally(() => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
