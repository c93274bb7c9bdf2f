import { LOCALE_PREFIX, localePath, splitLocalePath } from '../lib/locale-path';
import type { Locale } from '../lib/i18n';
import { paths, SEED_DEAL_ID } from './paths';
import type { WidgetId } from './widgets/registry';
import { isWidgetId, WIDGET_METRICS } from './widgets/widget-queries';

// What is at an address, as plain data, for what runs outside React: the early requests (before the
// app's code is here) and the prerender step (every page and embed to HTML). It mirrors the routes
// in router.tsx; pages.test.ts checks the two agree.

export type Page =
  | { kind: 'index' }
  /** A deal's page or embed, and the widgets it shows (all of them: the dashboard). */
  | { kind: 'dashboard' | 'timeline' | 'embed'; dealId: string; widgets?: readonly WidgetId[] };

/** The page at `pathname` (with or without its language's prefix), or null for none worth asking ahead for. */
export function pageAt(pathname: string): Page | null {
  let parts: string[];
  try {
    parts = splitLocalePath(pathname).path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null; // A malformed address: the app shows its own message.
  }
  // "/" opens the seed deal.
  if (parts.length === 0) return { kind: 'dashboard', dealId: SEED_DEAL_ID };
  const [first, dealId, rest, ...more] = parts;
  if (first === 'deals' && dealId === undefined) return { kind: 'index' };
  if (!dealId || more.length > 0) return null;
  if (first === 'deals' && rest === undefined) return { kind: 'dashboard', dealId };
  if (first === 'deals' && rest === 'timeline') return { kind: 'timeline', dealId, widgets: ['timeline'] };
  // An unknown widget still asks for its deal: the embed names the deal it belongs to.
  if (first === 'embed' && rest) return { kind: 'embed', dealId, widgets: isWidgetId(rest) ? [rest] : [] };
  return null;
}

/**
 * Every page the build prerenders for deals `dealIds`, in every language: the deals index, and per
 * deal its dashboard, its timeline and an embed of each widget. ("/" is a redirect to the seed
 * deal's dashboard and stays with the app's shell, as does any address not listed here.)
 */
export function prerenderedPages(dealIds: readonly string[]): string[] {
  const widgets = Object.keys(WIDGET_METRICS) as WidgetId[];
  const pages = [
    paths.index(),
    ...dealIds.flatMap((id) => [
      paths.deal(id),
      paths.timeline(id),
      ...widgets.map((widget) => paths.embed(id, widget)),
    ]),
  ];
  return (Object.keys(LOCALE_PREFIX) as Locale[]).flatMap((locale) => pages.map((page) => localePath(locale, page)));
}
