import type { Locale } from '../../../lib/i18n';
import { localePath } from '../../../lib/locale-path';
import { writeTimelineParams, type TimelineView } from './view-state';

/** The address of a timeline view, for files and images: in the reader's language (German under /de). */
export function timelinePermalink(
  origin: string,
  dealId: string,
  view: TimelineView,
  asOf: string | null,
  locale: Locale,
): string {
  const params = writeTimelineParams(new URLSearchParams(), view);
  if (asOf) params.set('asof', asOf);
  return `${origin}${localePath(locale, `/deals/${encodeURIComponent(dealId)}/timeline`)}?${params}`;
}
