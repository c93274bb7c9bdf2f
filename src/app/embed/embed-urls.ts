import { parseChartParams, writeChartParams } from '../../features/charts/utils/chart-params';
import { parseTimelineParams, writeTimelineParams } from '../../features/timeline/utils/view-state';
import { parseAsOf } from '../../lib/url-params';
import { parseEmbedOptions, type EmbedWidget } from './embed-options';

/**
 * The state an embed of `widget` carries, re-written from parsed values: unknown keys and
 * malformed values are dropped, so a copied embed code never passes on what it was not meant to.
 */
export function widgetState(params: URLSearchParams, widget: EmbedWidget): URLSearchParams {
  let out = new URLSearchParams();
  const asOf = parseAsOf(params);
  if (asOf) out.set('asof', asOf);
  if (widget === 'timeline') out = writeTimelineParams(out, parseTimelineParams(params).view);
  const charts = parseChartParams(params);
  if (widget === 'valuation') out = writeChartParams(out, { ...charts, profile: 'even', valuation: null });
  if (widget === 'revenue') out = writeChartParams(out, { ...charts, valuation: null });
  if (widget === 'option') out = writeChartParams(out, { ...charts, profile: 'even' });
  return out;
}

const query = (params: URLSearchParams) => (params.size ? `?${params.toString()}` : '');

/** The search part of the full view an embed links back to. */
export function fullViewSearch(params: URLSearchParams, widget: EmbedWidget): string {
  return query(widgetState(params, widget));
}

/** The address of an embed for the current view, with its look. */
export function embedUrl(
  origin: string,
  dealId: string,
  widget: EmbedWidget,
  params: URLSearchParams,
  look: { theme: string; locale: string },
): string {
  const state = widgetState(params, widget);
  const { theme, locale } = parseEmbedOptions(new URLSearchParams(look));
  state.set('theme', theme);
  state.set('locale', locale);
  return `${origin}/embed/${encodeURIComponent(dealId)}/${widget}${query(state)}`;
}
