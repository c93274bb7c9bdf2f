import type { MessageKey, WhatKey } from '../lib/i18n';
import type { MetricId } from '../lib/schemas';

// The app's routes and widgets, written once, as plain data (no React, no loaders): the router,
// pageAt (pages.ts), the early requests, the prerender step, the widget registry, the Embed dialog
// and, through dist/.vite/site.json (siteJson(), written by the build), the JS budgets, the bench
// and the browser tests all read it. site.test.ts checks that each of them does.
// Adding a widget: its row in WIDGET_TABLE, its model and its view (a module in widgets/, whose
// loader the registry's types then ask for). See docs/architecture.md, "Adding a widget".

/** A request a widget needs before it draws, besides the deal id from the address (see API_ENDPOINTS). */
export type WidgetQuery = { endpoint: 'deal' } | { endpoint: 'events' } | { endpoint: 'metric'; metric: MetricId };

/** A key of a view's address that a widget reads: the as-of day, the charts' controls, the timeline's view. */
export type AddressKey = 'asof' | 'currency' | 'profile' | 'valuation' | 'from' | 'to' | 'kinds' | 'event';

export interface WidgetRow {
  /** Its heading, and the name its Embed button and embed codes give it. */
  title: MessageKey;
  /** What its loading and error states call it ("the stake chart"). */
  what: WhatKey;
  /** What it asks the API for: its deal first, then the metric series it reads. */
  queries: readonly WidgetQuery[];
  /** The address keys its view reads: its embed and its link back carry these and nothing else. */
  carries: readonly AddressKey[];
  /** The page that shows it in full, where its embed links back to. */
  fullView: 'deal' | 'timeline';
  /** Where the dashboard puts it: leading the page, in the chart grid, or in its own panel below. */
  onDashboard: 'lead' | 'grid' | 'panel';
  /**
   * Its embed's height at 640 px wide (a report's text column), light, English, in CSS pixels: the
   * copied iframes start at it, so a report's text does not move while an embed loads. Measured in
   * Chromium on the built app; the browser test "writes each embed at its widget's own height"
   * (test/e2e/embed.test.mjs) fails when a widget's layout drifts more than 2 px from it.
   */
  embedHeight: number;
}

const deal: WidgetQuery = { endpoint: 'deal' };
const users: WidgetQuery = { endpoint: 'metric', metric: 'registered-users' };
// Every event: only the timeline reads them (the deal answer carries its key events, key-events.ts).
const events: WidgetQuery = { endpoint: 'events' };

/** Every widget, once, in the dashboard's order. */
export const WIDGET_TABLE = {
  kpis: {
    title: 'kpi.heading',
    what: 'what.kpis',
    queries: [deal, users],
    carries: ['asof'],
    fullView: 'deal',
    onDashboard: 'lead',
    embedHeight: 1237,
  },
  stake: {
    title: 'stake.title',
    what: 'what.stake',
    queries: [deal],
    carries: ['asof'],
    fullView: 'deal',
    onDashboard: 'grid',
    embedHeight: 532,
  },
  valuation: {
    title: 'valuation.title',
    what: 'what.valuation',
    queries: [deal],
    carries: ['asof', 'currency'],
    fullView: 'deal',
    onDashboard: 'grid',
    embedHeight: 579,
  },
  revenue: {
    title: 'revenue.title',
    what: 'what.revenue',
    queries: [deal],
    carries: ['asof', 'currency', 'profile'],
    fullView: 'deal',
    onDashboard: 'grid',
    embedHeight: 738,
  },
  users: {
    title: 'users.title',
    what: 'what.users',
    queries: [deal, users],
    carries: ['asof'],
    fullView: 'deal',
    onDashboard: 'grid',
    embedHeight: 606,
  },
  option: {
    title: 'option.title',
    what: 'what.option',
    queries: [deal],
    carries: ['asof', 'currency', 'valuation'],
    fullView: 'deal',
    onDashboard: 'grid',
    embedHeight: 898,
  },
  timeline: {
    title: 'timeline.title',
    what: 'what.timeline',
    queries: [deal, events],
    carries: ['asof', 'from', 'to', 'kinds', 'event'],
    fullView: 'timeline',
    onDashboard: 'panel',
    embedHeight: 1240,
  },
} as const satisfies Record<string, WidgetRow>;

export type WidgetId = keyof typeof WIDGET_TABLE;

/** Every widget, in the dashboard's order. */
export const WIDGET_IDS = Object.keys(WIDGET_TABLE) as WidgetId[];

/** A known widget id: exactly one of the table's ("constructor" and "__proto__" are not). */
export function isWidgetId(value: string | undefined): value is WidgetId {
  return Object.hasOwn(WIDGET_TABLE, value ?? '');
}

export interface RouteRow {
  /** Its pattern, as wouter reads it (`:name` is one segment of the address), without a language prefix. */
  path: string;
  /** The widgets its page shows: all of them, one, the one its address names, or none. */
  widgets: 'all' | readonly WidgetId[] | 'named';
  /** What the build draws to HTML: the page once, once per deal, once per deal and widget, or nothing. */
  prerender: 'once' | 'per deal' | 'per widget' | 'no';
}

/**
 * Every route (no two match the same address): "/" opens the seed deal, the deals index, a deal's
 * dashboard and its timeline, and an embed of one widget (in a frame of its own, without the app's
 * header). Any other address is the app's "not found".
 */
export const ROUTES = {
  seed: { path: '/', widgets: 'all', prerender: 'no' },
  index: { path: '/deals', widgets: [], prerender: 'once' },
  dashboard: { path: '/deals/:dealId', widgets: 'all', prerender: 'per deal' },
  timeline: { path: '/deals/:dealId/timeline', widgets: ['timeline'], prerender: 'per deal' },
  embed: { path: '/embed/:dealId/:widget', widgets: 'named', prerender: 'per widget' },
} as const satisfies Record<string, RouteRow>;

export type RouteId = keyof typeof ROUTES;

/** A route's pattern as the regular expression wouter builds for it (regexparam: case-insensitive, optional final "/"). */
function routePattern(path: string): RegExp {
  const segments = path.split('/').filter(Boolean);
  const source = segments.map((s) => (s.startsWith(':') ? '/([^/]+?)' : `/${s}`)).join('');
  return new RegExp(`^${source}/?$`, 'i');
}

/** The route at `path` (no language prefix, no query) and its parameters, as they stand in the address. */
export function routeAt(path: string): { route: RouteId; params: Record<string, string> } | null {
  for (const [route, { path: pattern }] of Object.entries(ROUTES) as [RouteId, RouteRow][]) {
    const found = routePattern(pattern).exec(path);
    if (!found) continue;
    const names = pattern.split('/').filter((s) => s.startsWith(':'));
    return { route, params: Object.fromEntries(names.map((name, i) => [name.slice(1), found[i + 1]!])) };
  }
  return null;
}

/** The address of route `route` with its parameters filled in (each one encoded). */
export function routePath(route: RouteId, params: Record<string, string> = {}): string {
  return ROUTES[route].path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${ROUTES[route].path}: no ${name}`);
    return encodeURIComponent(value);
  });
}

// What follows is for the build, the bench and the tests only (no module of the app reads it, so
// the bundle leaves it out).

/** Each route's module (the router loads it on demand) and its page's name in budgets.json and the bench. */
export const ROUTE_CODE = {
  dashboard: { module: 'src/app/routes/dashboard.tsx', budget: 'dashboard' },
  timeline: { module: 'src/app/routes/timeline.tsx', budget: 'timeline page' },
  index: { module: 'src/app/routes/deals-index.tsx', budget: 'deals index' },
  // Per widget, "embed <widget>", with the widget's own module.
  embed: { module: 'src/app/embed/embed-route.tsx', budget: 'embed' },
} as const satisfies Partial<Record<RouteId, { module: string; budget: string }>>;

/** A widget's view: src/app/widgets/<id>-widget.tsx (the registry loads it on demand). */
export const widgetModule = (id: WidgetId) => `src/app/widgets/${id}-widget.tsx`;

/** Each page whose JS the build weighs (budgets.json, test/bench/js-budget.mjs): its name, its pattern and the modules it loads before it draws. */
export function budgetedPages(): { name: string; path: string; modules: string[] }[] {
  return (Object.keys(ROUTE_CODE) as (keyof typeof ROUTE_CODE)[]).flatMap((id) => {
    const { module, budget } = ROUTE_CODE[id];
    const { path, widgets } = ROUTES[id];
    if (widgets !== 'named') return [{ name: budget, path, modules: [module] }];
    return WIDGET_IDS.map((widget) => ({
      name: `${budget} ${widget}`,
      path: path.replace(':widget', widget),
      modules: [module, widgetModule(widget)],
    }));
  });
}

/** The table as the build writes it to dist/.vite/site.json, for the scripts that cannot import TypeScript. */
export function siteJson() {
  return { widgetIds: WIDGET_IDS, widgets: WIDGET_TABLE, routes: ROUTES, budgeted: budgetedPages() };
}
