import { createRoot, hydrateRoot } from 'react-dom/client';
import { Root } from './app/app';
import { fetchPageState } from './app/page-queries';
import { drawsPrerenderedView, isPrerendered, readStateBlock } from './app/prerendered-view';
import { fetchesAnswers, readQueryState } from './app/query-state';
import { startApi } from './app/start-api';
import { expectBoundaries, markServerRendered } from './lib/hydration';
import { loadLocale } from './lib/i18n';
import { pageLocale } from './lib/preferences';
import { installPrintHooks } from './lib/printing';
import { holdViewUntilWhole } from './lib/shown-view';
import { createQueryClient } from './lib/react-query';
import './styles.css';

/** The Suspense boundaries in prerendered HTML: React marks each with a `<!--$-->` comment. */
function countBoundaries(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  let count = 0;
  while (walker.nextNode()) if ((walker.currentNode as Comment).data === '$') count += 1;
  return count;
}

/**
 * Starts the app: reads the page's prerendered answers and takes its HTML over, or draws the page.
 * The app's pages start it at once (page-main.ts); a prerendered embed when a reader wants it (embed-main.ts).
 */
export function startApp(): void {
  const container = document.getElementById('root')!;
  // Report mode: printing opens every data table, on every page and embed.
  installPrintHooks();

  // How this page reaches the API: the real one, the prerendered answers or the live mock worker
  // (whose transport holds each request until the worker listens). The early requests may have chosen already.
  startApi(location.search);

  // A prerendered page brings the answers it was drawn from; a fault scenario (?mock=) asks the mocks instead.
  const prerendered = isPrerendered(document);
  const queryClient = createQueryClient();
  let fetchAnswers = false;
  if (prerendered && !new URLSearchParams(location.search).has('mock')) {
    const state = readStateBlock(document);
    fetchAnswers = fetchesAnswers(state);
    try {
      if (state) readQueryState(queryClient, state);
    } catch (error) {
      console.error('The page’s prerendered data could not be read; it asks the API again.', error);
    }
  }
  // Its HTML is taken over (hydrated) when the address asks for the view it shows; any other view
  // (a permalink, a fault scenario) is drawn in the client, public/boot.js keeping the HTML's view hidden meanwhile.
  const takeOver = prerendered && drawsPrerenderedView(location.search);
  // A permalink shows its view whole, not its loading states (printed at once, it prints its charts); a
  // fault scenario shows them, as it is asked to. Five seconds at most: then a slow source shows its states.
  if (document.documentElement.dataset.view === 'pending' && !new URLSearchParams(location.search).has('mock'))
    holdViewUntilWhole(5000);

  // A page whose answers are not in it (a generated deal's) takes its HTML over once the answers it
  // was drawn from are here, so that the first render matches the HTML.
  const stateFetched = takeOver && fetchAnswers ? fetchPageState(queryClient, location.pathname) : null;

  // A German page draws in German from its first paint.
  void Promise.all([loadLocale(pageLocale()), stateFetched])
    .catch((error: unknown) => {
      console.error("The page's language could not load; it shows in English.", error);
    })
    .finally(() => {
      const app = <Root queryClient={queryClient} />;
      if (takeOver) {
        markServerRendered(location.pathname);
        expectBoundaries(countBoundaries(container));
        hydrateRoot(container, app);
      } else {
        createRoot(container).render(app);
      }
    });
}
