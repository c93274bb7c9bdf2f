import { createContext, useContext } from 'react';

/**
 * The deal a widget's heading names when the widget stands alone (an embed in a report that may
 * hold widgets of several deals): "Key figures · Alibaba takes a stake in Sina Weibo". On the
 * deal's own pages the page's heading names it, and this is null.
 */
export const HeadingDealContext = createContext<string | null>(null);

/** The " · deal" after a widget's title, when the widget stands alone. */
export function HeadingDeal() {
  const deal = useContext(HeadingDealContext);
  if (!deal) return null;
  return <span className="heading-deal"> · {deal}</span>;
}
