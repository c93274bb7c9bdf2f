import type { MetricId } from '../../lib/schemas';
import { isWidgetId, WIDGET_IDS, WIDGET_TABLE, type WidgetId, type WidgetQuery } from '../site';

// Each widget's queries, from the table (site.ts), for what runs before a route's code has loaded:
// the early requests (their own small script, ahead of React) and the router's prefetching.

export { isWidgetId };

/** The metric series widget `id` reads besides its deal (which every widget reads). */
const metricsOf = (id: WidgetId): MetricId[] =>
  WIDGET_TABLE[id].queries.flatMap((query: WidgetQuery) => (query.endpoint === 'metric' ? [query.metric] : []));

/** The metric series each widget reads besides its deal. */
export const WIDGET_METRICS: Readonly<Record<WidgetId, readonly MetricId[]>> = Object.fromEntries(
  WIDGET_IDS.map((id) => [id, metricsOf(id)]),
) as Record<WidgetId, MetricId[]>;

/** The widgets that read every event of their deal (its events endpoint). */
export const WIDGET_EVENTS: readonly WidgetId[] = WIDGET_IDS.filter((id) =>
  WIDGET_TABLE[id].queries.some((query: WidgetQuery) => query.endpoint === 'events'),
);

/**
 * What a page showing `widgets` (all of them: the dashboard) asks for: its deal always (its header,
 * its "not found"), then its events where a widget reads them, then each metric its widgets read, once.
 */
export function pageQueries(widgets: readonly WidgetId[] = WIDGET_IDS): WidgetQuery[] {
  const metrics = new Set(widgets.flatMap((id) => WIDGET_METRICS[id]));
  const events: WidgetQuery[] = widgets.some((id) => WIDGET_EVENTS.includes(id)) ? [{ endpoint: 'events' }] : [];
  return [{ endpoint: 'deal' }, ...events, ...[...metrics].map((metric) => ({ endpoint: 'metric' as const, metric }))];
}
