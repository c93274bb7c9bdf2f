import type { ReactNode } from 'react';
import { FootnoteSources } from '../../../components/footnotes';
import { ErrorState, LoadingState } from '../../../components/query-state';
import type { WhatKey } from '../../../lib/i18n';
import type { Deal } from '../../../lib/schemas';
import { useDeal } from '../api/get-deal';

/** Hands a widget the deal once it has loaded; until then, the widget's own loading or error state. */
export function WithDeal({
  dealId,
  what,
  children,
}: {
  dealId: string;
  what: WhatKey;
  children: (deal: Deal) => ReactNode;
}) {
  const query = useDeal(dealId);
  if (query.error) return <ErrorState what={what} error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <LoadingState what={what} />;
  return <FootnoteSources sources={query.data.sources}>{children(query.data)}</FootnoteSources>;
}
