import { act } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageAt, prerenderedPages } from '../app/pages';
import { httpTransport } from '../lib/api-client';
import { API_BASE_URL, SEED_DEAL_ID } from '../lib/api-paths';
import { listDeals } from './render';

// The prerender step's renderer, against the mocked API (MSW answers fetch in these tests), and
// the client taking its HTML over with React's development build, which reports every mismatch
// (attributes too, which the production build does not check).

const transport = httpTransport(API_BASE_URL);
let root: Root | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

/**
 * Renders `pathname` as the build does, then hydrates it as main.tsx does, with modules of its own
 * (the server and the browser never share the app's module state, nor its React contexts);
 * resolves to the console's complaints.
 */
async function renderAndHydrate(pathname: string) {
  window.history.replaceState(null, '', pathname);
  vi.resetModules();
  // From the start: the build draws each chart's picture with the client's renderer (draw-in-dom.tsx)
  // while the server's is open, and React's development build flags the contexts they share (see below).
  const complaints = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const server = await import('./render');
  // jsdom has a window: say that this render is the server's, as Node (no window) says by itself.
  (await import('../lib/hydration')).markServerRendered(pathname);
  const page = await server.renderPage(pathname, transport);
  vi.resetModules();
  const [
    { readQueryState, fetchesAnswers },
    { fetchPageState },
    { hydrateRoot },
    { Root },
    { markServerRendered },
    { createQueryClient },
    { loadLocale },
  ] = await Promise.all([
    import('../app/query-state'),
    import('../app/page-queries'),
    import('react-dom/client'),
    import('../app/app'),
    import('../lib/hydration'),
    import('../lib/react-query'),
    import('../lib/i18n'),
  ]);
  await loadLocale(page.locale);
  document.body.innerHTML = `<div id="root">${page.html}</div>`;
  const container = document.getElementById('root')!;
  const drawn = container.innerHTML;
  const queryClient = createQueryClient();
  // As main.tsx: the page's own state, and (a generated deal's page) the answers it was drawn from, fetched.
  const state: unknown = JSON.parse(page.state);
  readQueryState(queryClient, state);
  if (fetchesAnswers(state)) await fetchPageState(queryClient, pathname);
  markServerRendered(pathname);
  const recoverable: unknown[] = [];
  await act(async () => {
    root = hydrateRoot(container, <Root queryClient={queryClient} />, {
      onRecoverableError: (error) => recoverable.push(error),
    });
  });
  // Both renderers share React and the libraries' contexts in this one process, which React's
  // development build flags on every provider; a browser only ever runs the client's.
  const shared = /Detected multiple renderers concurrently rendering the same context provider/;
  const said = complaints.mock.calls.map((c) => String(c[0])).filter((text) => !shared.test(text));
  return { page, drawn, container, complaints: said, recoverable };
}

describe('prerendered pages', () => {
  it('lists every page and embed of every deal the API serves, in both languages', async () => {
    const deals = await listDeals(transport);
    expect(deals).toContain(SEED_DEAL_ID);
    const pages = prerenderedPages(deals);
    expect(pages).toContain(`/deals/${SEED_DEAL_ID}`);
    expect(pages).toContain(`/de/embed/${SEED_DEAL_ID}/timeline`);
    // The index, and per deal its dashboard, its timeline and seven embeds, in two languages.
    expect(pages).toHaveLength(2 * (1 + deals.length * 9));
    for (const path of pages) expect(pageAt(path), path).not.toBeNull();
  });

  it.each([
    `/deals/${SEED_DEAL_ID}`,
    `/de/deals/${SEED_DEAL_ID}`,
    `/deals/${SEED_DEAL_ID}/timeline`,
    `/embed/${SEED_DEAL_ID}/kpis`,
    `/de/embed/${SEED_DEAL_ID}/stake`,
    `/embed/${SEED_DEAL_ID}/timeline`,
    '/deals',
    '/deals/synthetic-100',
    '/embed/synthetic-1k/timeline',
  ])(
    '%s: draws the page on the server and hydrates it without a mismatch',
    async (pathname) => {
      const { page, drawn, container, complaints, recoverable } = await renderAndHydrate(pathname);
      expect(page.html).not.toMatch(/<script/);
      expect(page.state).not.toMatch(/<\//);
      expect(recoverable).toEqual([]);
      expect(complaints).toEqual([]);
      // Nothing the server drew was dropped and drawn again (but the charts' pictures, which the live charts replace).
      const kept = drawn.replace(/<div class="chart-picture">[\s\S]*?<\/div>/g, '');
      expect(container.innerHTML.length).toBeGreaterThanOrEqual(kept.length * 0.9);
      // A dashboard draws ten chart pictures in jsdom on its first, cold render.
    },
    20_000,
  );

  it('draws each chart’s picture into the HTML with the live chart’s component: shapes, labels, a viewBox', async () => {
    const pathname = `/de/embed/${SEED_DEAL_ID}/stake`;
    window.history.replaceState(null, '', pathname);
    vi.resetModules();
    const { renderPage } = await import('./render');
    // jsdom has a window: say that this render is the server's, as Node (no window) says by itself.
    (await import('../lib/hydration')).markServerRendered(pathname);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { html } = await renderPage(pathname, transport);
    const pictures = html.match(/<svg role="img"[^>]*class="chart-picture__svg[^"]*"[^>]*>[\s\S]*?<\/svg>/g) ?? [];
    expect(pictures.map((svg) => svg.match(/viewBox="[^"]+"/)?.[0])).toEqual([
      'viewBox="0 0 270 124"',
      'viewBox="0 0 590 124"',
    ]);
    for (const svg of pictures) {
      expect(svg).toContain('recharts-bar-rectangle');
      expect(svg).toContain('+12 Pp.');
      expect(svg).not.toContain('tabindex');
    }
  });

  it('serialises only the queries its widgets use, the deal with its key events only', async () => {
    vi.resetModules();
    const { renderPage } = await import('./render');
    const { keyEvents } = await import('../lib/key-events');
    const keys = async (pathname: string) => {
      const { cache } = JSON.parse((await renderPage(pathname, transport)).state!) as {
        cache: { queries: { queryKey: unknown[]; state: { data: { events: unknown[] } } }[] };
      };
      return cache.queries;
    };
    const stake = await keys(`/embed/${SEED_DEAL_ID}/stake`);
    expect(stake.map((q) => q.queryKey)).toEqual([['deals', 'detail', SEED_DEAL_ID]]);
    const deal = (await import('../../test/seed')).seedDeal;
    expect(stake[0].state.data.events).toHaveLength(keyEvents(deal.events).length);
    expect(keyEvents(deal.events).length).toBeLessThan(deal.events.length);
    const dashboard = await keys(`/deals/${SEED_DEAL_ID}`);
    expect(dashboard.map((q) => q.queryKey)).toEqual([
      ['deals', 'detail', SEED_DEAL_ID],
      ['deals', 'events', SEED_DEAL_ID],
      ['deals', 'metric', SEED_DEAL_ID, 'registered-users'],
    ]);
    expect(dashboard[1].state.data.events).toHaveLength(deal.events.length);
  });

  it('leaves the answers of a generated deal’s pages out of them, only its refusals in: they fetch the answers', async () => {
    vi.resetModules();
    const { renderPage } = await import('./render');
    for (const pathname of ['/embed/synthetic-10k/stake', '/deals/synthetic-1k', '/de/deals/synthetic-100/timeline']) {
      const page = await renderPage(pathname, transport);
      const state = JSON.parse(page.state) as { cache: { queries: unknown[] }; fetch?: boolean };
      expect(state.fetch, pathname).toBe(true);
      expect(state.cache.queries, pathname).toEqual([]);
      expect(page.html, pathname).toContain('Synthetic');
    }
    const dashboard = JSON.parse((await renderPage('/deals/synthetic-1k', transport)).state) as { refused: unknown[] };
    expect(dashboard.refused).toMatchObject([{ queryKey: ['deals', 'metric', 'synthetic-1k', 'registered-users'] }]);
    expect(JSON.parse((await renderPage(`/embed/${SEED_DEAL_ID}/stake`, transport)).state)).not.toHaveProperty('fetch');
  });

  it('draws the figures, statuses and sources into the HTML, in the page’s language', async () => {
    // Modules of its own: routes that other tests loaded after vi.resetModules() would read other contexts.
    vi.resetModules();
    const { renderPage } = await import('./render');
    const english = await renderPage(`/embed/${SEED_DEAL_ID}/kpis`, transport);
    expect(english.locale).toBe('en');
    expect(english.html).toContain('€450m');
    expect(english.html).toContain('Reported');
    expect(english.html).toContain('silicon.de');
    const german = await renderPage(`/de/embed/${SEED_DEAL_ID}/kpis`, transport);
    expect(german.locale).toBe('de');
    expect(german.html).toContain('Berichtet');
    expect(german.title).toContain('Sina Weibo');
  });
});
