import { parseChartParams, writeChartParams } from '../../features/charts/utils/chart-params';
import { parseTimelineParams, writeTimelineParams } from '../../features/timeline/utils/view-state';
import { translate, type Locale } from '../../lib/i18n';
import { localePath } from '../../lib/locale-path';
import { parseAsOf } from '../../lib/url-params';
import { paths } from '../paths';
import { WIDGETS, type WidgetId } from '../widgets/registry';
import { parseEmbedOptions } from './embed-options';

/**
 * The state an embed of `widget` carries, re-written from parsed values: only the keys the widget
 * reads (its registry entry's `carries`), and of those only what parsed; unknown keys and
 * malformed values are dropped, so a copied embed code never passes on what it was not meant to.
 */
export function widgetState(params: URLSearchParams, widget: WidgetId): URLSearchParams {
  let view = new URLSearchParams();
  const asOf = parseAsOf(params);
  if (asOf) view.set('asof', asOf);
  view = writeTimelineParams(view, parseTimelineParams(params).view);
  view = writeChartParams(view, parseChartParams(params));
  const carries: readonly string[] = WIDGETS[widget].carries;
  const out = new URLSearchParams();
  for (const [key, value] of view) if (carries.includes(key)) out.append(key, value);
  return out;
}

const query = (params: URLSearchParams) => (params.size ? `?${params.toString()}` : '');

/** The search part of the full view an embed links back to. */
function fullViewSearch(params: URLSearchParams, widget: WidgetId): string {
  return query(widgetState(params, widget));
}

/** The page that shows `widget` in full, in the embed's language, with the view the embed carries. */
export function fullViewUrl(dealId: string, widget: WidgetId, params: URLSearchParams, locale: Locale = 'en'): string {
  const page = WIDGETS[widget].fullView === 'timeline' ? paths.timeline(dealId) : paths.deal(dealId);
  return `${localePath(locale, page)}${fullViewSearch(params, widget)}`;
}

const attr = (text: string) =>
  text.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c] ?? c);

/**
 * The two embed codes for an embed address: their iframe's title (what a screen reader announces
 * for the frame) is the widget's title in the embed's own language, as the frame's content is.
 */
export function embedCodes(
  src: string,
  origin: string,
  widget: WidgetId,
  locale: Locale,
): { responsive: string; fixed: string } {
  const title = attr(translate(locale, WIDGETS[widget].title));
  // Both iframes start at the widget's own height, so the host page does not move while it loads.
  const height = WIDGETS[widget].embedHeight;
  return {
    responsive: `<iframe src="${attr(src)}" title="${title}" data-deal-embed style="width:100%;border:0;height:${height}px" loading="lazy"></iframe>\n<script src="${attr(origin)}/embed.js" async></script>`,
    fixed: `<iframe src="${attr(src)}" title="${title}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`,
  };
}

/** The address of an embed for the current view, with its look. */
export function embedUrl(
  origin: string,
  dealId: string,
  widget: WidgetId,
  params: URLSearchParams,
  look: { theme: string; locale: string },
): string {
  const state = widgetState(params, widget);
  const { theme, locale } = parseEmbedOptions(new URLSearchParams(look));
  state.set('theme', theme);
  // The language is in the path, so a German embed's HTML is German from its first byte.
  return `${origin}${localePath(locale, paths.embed(dealId, widget))}${query(state)}`;
}
