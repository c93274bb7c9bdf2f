import type { Locale } from '../../lib/i18n';
import { isLocale, isTheme, type Theme } from '../../lib/preferences';
import { single, type ParamProblem } from '../../lib/url-params';

export const EMBED_WIDGETS = ['kpis', 'stake', 'valuation', 'revenue', 'users', 'option', 'timeline'] as const;
export type EmbedWidget = (typeof EMBED_WIDGETS)[number];

/** The width of a report's text column: the copied embed codes are sized for it. */
export const EMBED_WIDTH = 640;

/**
 * Each widget's height drawn at EMBED_WIDTH, light, English, in CSS pixels: the copied iframes start
 * at it, so a report's text does not move while an embed loads. Measured in Chromium on the built
 * app; the browser test "writes each embed at its widget's own height" (test/e2e/embed.test.mjs)
 * fails when a widget's layout drifts more than 2 px from its entry.
 */
export const EMBED_HEIGHTS: Record<EmbedWidget, number> = {
  kpis: 562,
  stake: 532,
  valuation: 579,
  revenue: 738,
  users: 606,
  option: 898,
  timeline: 1205,
};

export function isEmbedWidget(value: string | undefined): value is EmbedWidget {
  return (EMBED_WIDGETS as readonly string[]).includes(value ?? '');
}

/** An embed's look from its address: theme and locale, each a known word or the default. */
export function parseEmbedOptions(
  params: URLSearchParams,
  problems: ParamProblem[] = [],
): { theme: Theme; locale: Locale } {
  const theme = single(params, 'theme', problems);
  const locale = single(params, 'locale', problems);
  if (theme !== null && !isTheme(theme)) problems.push({ key: 'theme', value: theme });
  if (locale !== null && !isLocale(locale)) problems.push({ key: 'locale', value: locale });
  return { theme: isTheme(theme) ? theme : 'auto', locale: isLocale(locale) ? locale : 'en' };
}

/** The message an embed posts to its host page: namespaced, so hosts can tell it from others. */
export const RESIZE_MESSAGE = 'deal-dashboard:embed-resize';
/** What the host's script sends to ask embeds for their height again. */
export const PING_MESSAGE = 'deal-dashboard:embed-ping';
