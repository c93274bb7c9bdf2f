import { isIsoDay } from '../../lib/dates';

export type ExportExtension = 'png' | 'svg' | 'csv' | 'json' | 'ics';

const MAX_SLUG = 80;

/** Lowercase ASCII letters, digits and single inner hyphens, or the fallback: safe in a path or a UID. */
export function slug(value: string, fallback: string): string {
  const s = value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    // Cutting at the limit may leave a hyphen at the end.
    .replace(/-+$/, '');
  return s || fallback;
}

/** "alibaba-sina-weibo-2013-timeline-2012-11-01-2014-03-31.csv", whatever the caller hands in. */
export function timelineFileName(dealId: string, from: string, to: string, ext: ExportExtension): string {
  const start = isIsoDay(from) ? from : 'start';
  const end = isIsoDay(to) ? to : 'end';
  return `${slug(dealId, 'deal')}-timeline-${start}-${end}.${ext}`;
}
