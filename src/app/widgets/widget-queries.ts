import type { MetricId } from '../../lib/schemas';
import type { WidgetId, WidgetQuery } from './registry';

// Each widget's queries as plain data, for what runs before a route's code has loaded: the early
// requests (their own small script, ahead of React) and the router's prefetching. The registry's
// entries are the source; importing the registry here would bring every widget's loader into the
// early script, so registry.test.ts checks that this copy agrees with it instead.

/** The metric series each widget reads besides its deal (which every widget reads). */
export const WIDGET_METRICS: Record<WidgetId, readonly MetricId[]> = {
  kpis: ['registered-users'],
  stake: [],
  valuation: [],
  revenue: [],
  users: ['registered-users'],
  option: [],
  timeline: [],
};

/** The widgets that read every event of their deal (its events endpoint). */
export const WIDGET_EVENTS: readonly WidgetId[] = ['timeline'];

/** A known widget id: exactly one of the registry's ("constructor" and "__proto__" are not). */
export function isWidgetId(value: string | undefined): value is WidgetId {
  return Object.hasOwn(WIDGET_METRICS, value ?? '');
}

/**
 * What a page showing `widgets` (all of them: the dashboard) asks for: its deal always (its header,
 * its "not found"), then its events where a widget reads them, then each metric its widgets read, once.
 */
export function pageQueries(widgets = Object.keys(WIDGET_METRICS) as readonly WidgetId[]): WidgetQuery[] {
  const metrics = new Set(widgets.flatMap((id) => WIDGET_METRICS[id]));
  const events: WidgetQuery[] = widgets.some((id) => WIDGET_EVENTS.includes(id)) ? [{ endpoint: 'events' }] : [];
  return [{ endpoint: 'deal' }, ...events, ...[...metrics].map((metric) => ({ endpoint: 'metric' as const, metric }))];
}
