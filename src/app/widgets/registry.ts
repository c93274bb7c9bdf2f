import type { ComponentType } from 'react';
import type { MessageKey, WhatKey } from '../../lib/i18n';
import type { MetricId } from '../../lib/schemas';
import type { TimelineWidgetProps } from './timeline-widget';
import type { WidgetProps } from './widget-props';

// Every widget, once: what it is called, where its code is, what it asks the API for, which keys of
// the address it reads and carries into its embed, the page that is its full view, and its embed's
// height. Read by the dashboard, the embed route, the Embed dialog, the embed addresses and the
// router. Adding a widget is its module, its entry here and its line in widget-queries.ts (the types
// ask for it): the dashboard, the embeds and the early requests then know it.
//
// Data and dynamic imports only. What runs before a route's code (the early requests, the router's
// prefetching) reads the queries from widget-queries.ts, a copy registry.test.ts checks against this
// table, so that no widget's loader reaches the early requests' script.
// A widget's static image is whatever it hands its Embed button (WidgetExportContext): its key
// figures, its chart's model, or, for the timeline, the same drawing as its own Export menu.

/** A request a widget needs before it draws, besides the deal id from the address (see API_ENDPOINTS). */
export type WidgetQuery = { endpoint: 'deal' } | { endpoint: 'events' } | { endpoint: 'metric'; metric: MetricId };

/** A key of a view's address that a widget reads: the as-of day, the charts' controls, the timeline's view. */
export type AddressKey = 'asof' | 'currency' | 'profile' | 'valuation' | 'from' | 'to' | 'kinds' | 'event';

interface WidgetEntry<P extends WidgetProps = WidgetProps> {
  /** Its heading, and the name its Embed button and embed codes give it. */
  title: MessageKey;
  /** What its loading and error states call it ("the stake chart"). */
  what: WhatKey;
  /** Its module, loaded on demand: an embed downloads its own widget's code and nothing else. */
  load: () => Promise<{ default: ComponentType<P> }>;
  queries: readonly WidgetQuery[];
  /** The address keys its view reads: its embed and its link back carry these and nothing else. */
  carries: readonly AddressKey[];
  /** The page that shows it in full, where its embed links back to. */
  fullView: 'deal' | 'timeline';
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

export const WIDGETS = {
  kpis: {
    title: 'kpi.heading',
    what: 'what.kpis',
    load: () => import('./kpis-widget').then((m) => ({ default: m.KpisWidget })),
    queries: [deal, users],
    carries: ['asof'],
    fullView: 'deal',
    embedHeight: 1237,
  },
  stake: {
    title: 'stake.title',
    what: 'what.stake',
    load: () => import('./stake-widget').then((m) => ({ default: m.StakeWidget })),
    queries: [deal],
    carries: ['asof'],
    fullView: 'deal',
    embedHeight: 532,
  },
  valuation: {
    title: 'valuation.title',
    what: 'what.valuation',
    load: () => import('./valuation-widget').then((m) => ({ default: m.ValuationWidget })),
    queries: [deal],
    carries: ['asof', 'currency'],
    fullView: 'deal',
    embedHeight: 579,
  },
  revenue: {
    title: 'revenue.title',
    what: 'what.revenue',
    load: () => import('./revenue-widget').then((m) => ({ default: m.RevenueWidget })),
    queries: [deal],
    carries: ['asof', 'currency', 'profile'],
    fullView: 'deal',
    embedHeight: 738,
  },
  users: {
    title: 'users.title',
    what: 'what.users',
    load: () => import('./users-widget').then((m) => ({ default: m.UsersWidget })),
    queries: [deal, users],
    carries: ['asof'],
    fullView: 'deal',
    embedHeight: 606,
  },
  option: {
    title: 'option.title',
    what: 'what.option',
    load: () => import('./option-widget').then((m) => ({ default: m.OptionWidget })),
    queries: [deal],
    carries: ['asof', 'currency', 'valuation'],
    fullView: 'deal',
    embedHeight: 898,
  },
  timeline: {
    title: 'timeline.title',
    what: 'what.timeline',
    load: () => import('./timeline-widget').then((m) => ({ default: m.TimelineWidget })),
    queries: [deal, events],
    carries: ['asof', 'from', 'to', 'kinds', 'event'],
    fullView: 'timeline',
    embedHeight: 1240,
  },
} as const satisfies Record<string, WidgetEntry> & { timeline: WidgetEntry<TimelineWidgetProps> };

export type WidgetId = keyof typeof WIDGETS;

/** Every widget, in the dashboard's order. */
export const WIDGET_IDS = Object.keys(WIDGETS) as WidgetId[];
