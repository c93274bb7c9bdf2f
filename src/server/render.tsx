import type { ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { Root } from '../app/app';
import { pageQueryOptions } from '../app/page-queries';
import { pageAt, prerenderedPages } from '../app/pages';
import { writeQueryState } from '../app/query-state';
import { MOMENT_SLOT, printedLineTemplate } from '../app/embed/paper-before-app';
import { PictureContext } from '../components/chart-picture';
import { NARROW } from '../components/measured';
import { preloadLoadables } from '../components/loadable';
import { dealQueryOptions } from '../features/deal/api/get-deal';
import { getDeals } from '../features/deal/api/get-deals';
import { HttpError, setTransport, type Transport } from '../lib/api-client';
import { dealNamingAsOf, documentTitle } from '../lib/deal-name';
import { INTL_TAG, loadLocale, translate, type Locale } from '../lib/i18n';
import { splitLocalePath } from '../lib/locale-path';
import { createQueryClient } from '../lib/react-query';
import { drawInDom } from './draw-in-dom';

// The build's prerender step (the prerendered-pages plugin, prerender-pages.ts) loads this module in
// Node and draws every page and embed to HTML with react-dom/server: the same components and the same
// API answers as the client, which then hydrates that HTML instead of drawing it again. Recharts
// draws nothing on a server (recharts #5997, #6139): each chart's picture is drawn by the same
// component in a DOM (draw-in-dom.tsx) and put in its reserved space, and the client's live chart
// takes over from it.

export { prerenderedPages };

/** The ids of every deal the API behind `transport` serves. */
export async function listDeals(transport: Transport): Promise<string[]> {
  setTransport(transport);
  const { deals } = await getDeals(null);
  return deals.map((deal) => deal.id);
}

export interface RenderedPage {
  /** The HTML inside #root. */
  html: string;
  /**
   * The query cache it was drawn from (dehydrated), as JSON safe inside a <script> block; for a page
   * of generated test data only the API's refusals, the page fetching the answers (the API's own
   * files, shared by its pages and cached).
   */
  state: string;
  locale: Locale;
  /** An embed's page, which paints from its HTML and loads the app only when wanted (src/embed-main.ts). */
  embed: boolean;
  /** The document's title. */
  title: string;
  /** An embed's printed line ("Printed …"), written by its entry until the app has come (paper-before-app.ts). */
  printedLine?: string;
  /** The page's meta description, in its language. */
  description: string;
}

/** `<` escaped, so that no text in the data can close the script block it travels in. */
const scriptSafe = (json: string) => json.replace(/</g, '\\u003c');

/**
 * Draws the page at `pathname` (with its language's prefix, no query) from the API behind
 * `transport`. Throws when the API cannot answer what the page needs: a page is prerendered whole or not at all.
 */
export async function renderPage(pathname: string, transport: Transport): Promise<RenderedPage> {
  setTransport(transport);
  const { locale } = splitLocalePath(pathname);
  await Promise.all([preloadLoadables(), loadLocale(locale)]);
  const queryClient = createQueryClient({ retry: false });
  const queries = pageQueryOptions(pathname);
  await Promise.all(queries.map((query) => queryClient.prefetchQuery(query)));
  for (const query of queryClient.getQueryCache().getAll()) {
    const { error } = query.state;
    // The API has no such thing (a deal without that metric): drawn as the client draws that answer,
    // and the refusal travels with the page (query-state.ts). Anything else stops the build.
    if (error && !(error instanceof HttpError && error.status >= 400 && error.status < 500)) {
      throw new Error(`${pathname}: ${String(error)}`, { cause: error });
    }
  }
  const errors: unknown[] = [];
  const pictures: ((width: number) => ReactNode)[] = [];
  const collect = (draw: (width: number) => ReactNode) => `<!--picture:${pictures.push(draw) - 1}-->`;
  const root = (
    <PictureContext.Provider value={collect}>
      <Root queryClient={queryClient} ssrPath={pathname} ssrSearch="" />
    </PictureContext.Provider>
  );
  const { prelude } = await prerender(root, {
    // Every boundary inline, in document order: an outlined one is revealed by an inline script,
    // which the Content-Security-Policy refuses (and a reader without scripts would never see it).
    progressiveChunkSize: Number.MAX_SAFE_INTEGER,
    onError(error) {
      errors.push(error);
    },
  });
  const drawn = await new Response(prelude as ReadableStream<Uint8Array>).text();
  const html = await withPictures(drawn, pictures, pageAt(pathname)?.kind === 'embed' ? EMBED_WIDTHS : PAGE_WIDTHS);
  // A component that failed on the server would be drawn by the client alone: fail the build instead.
  if (errors.length) throw new Error(`${pathname}: ${errors.map(String).join('; ')}`, { cause: errors[0] });
  if (html.includes('<script')) throw new Error(`${pathname}: the HTML has an inline script, which the CSP refuses`);
  const page = pageAt(pathname);
  // Generated test deals (thousands of events) would carry megabytes into each of their pages:
  // theirs fetch the answers they were drawn from, the same files for all their pages, and cached.
  // (Their refusals, a metric they do not have, still travel with the page: asking would start the mock worker.)
  const generated =
    page && page.kind !== 'index' && (await getDeals(null)).deals.some((d) => d.id === page.dealId && d.generated);
  // Only what the page's widgets asked for, nothing a component happened to leave in the cache.
  const keys = queries.map((query) => query.queryKey);
  const state = scriptSafe(JSON.stringify(writeQueryState(queryClient, { keys, fetchAnswers: Boolean(generated) })));
  const deal =
    page && page.kind !== 'index' ? queryClient.getQueryData(dealQueryOptions(page.dealId).queryKey) : undefined;
  // Named as today, as the page is drawn; a past day's view renames the tab (use-deal-title.ts).
  const name = deal ? dealNamingAsOf(deal, null)?.name[locale] : undefined;
  return {
    html,
    state,
    locale,
    embed: page?.kind === 'embed',
    printedLine:
      page?.kind === 'embed'
        ? printedLineTemplate(translate(locale, 'print.madeOn', { when: MOMENT_SLOT }), INTL_TAG[locale])
        : undefined,
    title: documentTitle(translate(locale, 'app.title'), name ?? null),
    description: translate(locale, 'meta.description'),
  };
}

// The widths a chart's picture is drawn at: a card's at a 320 px window and at a desktop one (a
// dashboard's two columns, an embed in a 640 px frame); the page shows the one for its box's width
// (styles.css, `.chart-picture`), scaled to fit it.
const PAGE_WIDTHS = { narrow: 254, wide: 518 };
const EMBED_WIDTHS = { narrow: 270, wide: 590 };
if (PAGE_WIDTHS.narrow >= NARROW || PAGE_WIDTHS.wide < NARROW) throw new Error('picture widths either side of NARROW');

/** The HTML with each picture's placeholder replaced by its drawings at both widths. */
async function withPictures(
  html: string,
  pictures: ((width: number) => ReactNode)[],
  widths: { narrow: number; wide: number },
): Promise<string> {
  const drawn: string[] = [];
  for (const [i, draw] of pictures.entries()) {
    const narrow = pictureSvg(await drawInDom(draw(widths.narrow)), `p${i}n`, 'narrow', widths.narrow);
    const wide = pictureSvg(await drawInDom(draw(widths.wide)), `p${i}w`, 'wide', widths.wide);
    drawn.push(narrow + wide);
  }
  return html.replace(/<!--picture:(\d+)-->/g, (_, i: string) => drawn[Number(i)]!);
}

/**
 * Recharts' SVG as a picture that scales down (its viewBox, no fixed size), with its own ids made
 * unique in the page (clip paths); an image (its title and description name it), not a live
 * chart's focusable application; and no `recharts-surface` class: tests and the bench find the live chart by it.
 */
function pictureSvg(svg: string, suffix: string, at: 'narrow' | 'wide', width: number): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  let out = svg;
  for (const id of ids) out = out.split(`"${id}"`).join(`"${id}-${suffix}"`).split(`#${id})`).join(`#${id}-${suffix})`);
  // Named for the browser's Element Timing (the bench times paint by it): Chromium reports an SVG's
  // text, not the <svg> itself, so its first <text> carries the name too.
  out = out.replace(/<text(?=[\s>])/, '<text elementtiming="chart-picture"');
  return out.replace(/^<svg([^>]*)>/, (_, attrs: string) => {
    const kept = attrs
      .replace(/\s(width|height|style|tabindex|role)="[^"]*"/g, '')
      .replace(/\sclass="[^"]*"/, ` class="chart-picture__svg chart-picture__svg--${at}"`);
    // Never wider than drawn: in a wider box the live chart draws at the box's width, at the same height.
    return `<svg role="img" elementtiming="chart-picture" style="max-width:${width}px"${kept}>`;
  });
}
