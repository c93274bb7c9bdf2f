import type { ComponentType } from 'react';
import { WIDGET_IDS, WIDGET_TABLE, type WidgetId } from '../site';
import type { TimelineWidgetProps } from './timeline-widget';
import type { WidgetProps } from './widget-props';

// Every widget: its row of the table in site.ts (what it is called, what it asks the API for, which
// keys of the address it carries into its embed, its full view, its embed's height) and the code
// that draws it. Read by the dashboard, the embed route, the Embed dialog and the embed addresses.
// Adding a widget is its row in site.ts and its module, whose loader the types here then ask for.
//
// Data and dynamic imports only. What runs before a route's code (the early requests, the router's
// prefetching) reads the table itself, so that no widget's loader reaches the early requests' script.
// A widget's static image is whatever it hands its Embed button (WidgetExportContext): its key
// figures, its chart's model, or, for the timeline, the same drawing as its own Export menu.

export type { AddressKey, WidgetId, WidgetQuery } from '../site';
export { WIDGET_IDS };

/** Each widget's view, loaded on demand: an embed downloads its own widget's code and nothing else. */
const LOADERS = {
  kpis: () => import('./kpis-widget').then((m) => ({ default: m.KpisWidget })),
  stake: () => import('./stake-widget').then((m) => ({ default: m.StakeWidget })),
  valuation: () => import('./valuation-widget').then((m) => ({ default: m.ValuationWidget })),
  revenue: () => import('./revenue-widget').then((m) => ({ default: m.RevenueWidget })),
  users: () => import('./users-widget').then((m) => ({ default: m.UsersWidget })),
  option: () => import('./option-widget').then((m) => ({ default: m.OptionWidget })),
  timeline: () => import('./timeline-widget').then((m) => ({ default: m.TimelineWidget })),
} satisfies Record<WidgetId, () => Promise<{ default: ComponentType<WidgetProps> }>> & {
  timeline: () => Promise<{ default: ComponentType<TimelineWidgetProps> }>;
};

type Entry<Id extends WidgetId> = (typeof WIDGET_TABLE)[Id] & { load: (typeof LOADERS)[Id] };

/** Every widget: its row of the table (site.ts) and its loader. */
export const WIDGETS = Object.fromEntries(WIDGET_IDS.map((id) => [id, { ...WIDGET_TABLE[id], load: LOADERS[id] }])) as {
  [Id in WidgetId]: Entry<Id>;
};
