import { isIsoDay } from '../../lib/dates';
import { slug } from './file-name';

/**
 * "alibaba-sina-weibo-2013-stake-asof-2013-05-01-usd.png": the deal, the widget, and what made the
 * view when it is not the default (the as-of date, a currency other than EUR), so two images of
 * different views never share a name. Without the extension when `ext` is null.
 */
export function widgetFileName(
  dealId: string,
  widget: string,
  { asOf = null, currency = 'EUR' }: { asOf?: string | null; currency?: string },
  ext: 'png' | 'svg' | null,
): string {
  const parts = [slug(dealId, 'deal'), slug(widget, 'widget')];
  if (asOf && isIsoDay(asOf)) parts.push(`asof-${asOf}`);
  if (currency !== 'EUR') parts.push(slug(currency, 'currency'));
  return ext ? `${parts.join('-')}.${ext}` : parts.join('-');
}
