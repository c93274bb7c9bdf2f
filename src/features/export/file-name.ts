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

/** What else made the view, when it is not the default: two exports of different views never share a name. */
export interface ViewQualifiers {
  asOf?: string | null;
  /** The kinds shown, when filtered (null: all). */
  kinds?: readonly string[] | null;
}

/**
 * "alibaba-sina-weibo-2013-timeline-2012-11-01-2014-03-31.csv", with "-asof-2013-05-01" and
 * "-kinds-rumour-denial" when the view has them, whatever the caller hands in.
 */
export function timelineFileName(
  dealId: string,
  from: string,
  to: string,
  ext: ExportExtension,
  { asOf = null, kinds = null }: ViewQualifiers = {},
): string {
  const start = isIsoDay(from) ? from : 'start';
  const end = isIsoDay(to) ? to : 'end';
  const parts = [`${slug(dealId, 'deal')}-timeline-${start}-${end}`];
  if (asOf && isIsoDay(asOf)) parts.push(`asof-${asOf}`);
  if (kinds) parts.push(`kinds-${kinds.length ? kinds.map((k) => slug(k, 'kind')).join('-') : 'none'}`);
  return `${parts.join('-')}.${ext}`;
}
