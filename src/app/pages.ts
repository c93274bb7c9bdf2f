import { LOCALE_PREFIX, localePath, splitLocalePath } from '../lib/locale-path';
import type { Locale } from '../lib/i18n';
import { SEED_DEAL_ID } from './paths';
import { isWidgetId, routeAt, ROUTES, routePath, WIDGET_IDS, type RouteId, type WidgetId } from './site';

// What is at an address, as plain data, for what runs outside React: the early requests (before the
// app's code is here) and the prerender step (every page and embed to HTML). It reads the routes
// table (site.ts) that router.tsx reads too; pages.test.ts checks the two agree.

export type Page =
  | { kind: 'index' }
  /** A deal's page or embed, and the widgets it shows (all of them: the dashboard). */
  | { kind: 'dashboard' | 'timeline' | 'embed'; dealId: string; widgets?: readonly WidgetId[] };

/** The page at `pathname` (with or without its language's prefix), or null for none worth asking ahead for. */
export function pageAt(pathname: string): Page | null {
  const found = routeAt(splitLocalePath(pathname).path);
  if (!found) return null;
  let params: Record<string, string>;
  try {
    params = Object.fromEntries(Object.entries(found.params).map(([k, v]) => [k, decodeURIComponent(v)]));
  } catch {
    return null; // A malformed address: the app shows its own message.
  }
  const route = ROUTES[found.route];
  // "/" opens the seed deal's dashboard.
  if (found.route === 'seed') return { kind: 'dashboard', dealId: SEED_DEAL_ID };
  if (found.route === 'index') return { kind: 'index' };
  const dealId = params.dealId!;
  // An unknown widget still asks for its deal: the embed names the deal it belongs to.
  if (route.widgets === 'named')
    return { kind: 'embed', dealId, widgets: isWidgetId(params.widget) ? [params.widget] : [] };
  return { kind: found.route, dealId, ...(route.widgets === 'all' ? {} : { widgets: route.widgets }) };
}

/**
 * Every page the build prerenders for deals `dealIds`, in every language, as the routes table says
 * (`prerender`): the deals index, and per deal its dashboard, its timeline and an embed of each
 * widget. ("/" is a redirect to the seed deal's dashboard and stays with the app's shell, as does
 * any address not listed here.)
 */
export function prerenderedPages(dealIds: readonly string[]): string[] {
  const routes = Object.keys(ROUTES) as RouteId[];
  const once = routes.filter((id) => ROUTES[id].prerender === 'once');
  const perDeal = routes.filter((id) => ROUTES[id].prerender === 'per deal' || ROUTES[id].prerender === 'per widget');
  const pages = [
    ...once.map((id) => routePath(id)),
    ...dealIds.flatMap((dealId) =>
      perDeal.flatMap((id) =>
        ROUTES[id].prerender === 'per widget'
          ? WIDGET_IDS.map((widget) => routePath(id, { dealId, widget }))
          : [routePath(id, { dealId })],
      ),
    ),
  ];
  return (Object.keys(LOCALE_PREFIX) as Locale[]).flatMap((locale) => pages.map((page) => localePath(locale, page)));
}
