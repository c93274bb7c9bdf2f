import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import * as v from 'valibot';
import { DealSchema } from '../../../src/lib/schemas';

// The bench's floor: what any widget of this app carries before its own code. React and React
// Query (fixed by the design) and the contract's parser (every payload is parsed), fetching and
// parsing one deal and printing one number. No router, no i18n, no styles, no chart.
function Price() {
  const deal = useQuery({
    queryKey: ['deal'],
    queryFn: async () => v.parse(DealSchema, await (await fetch('/api/deals/alibaba-sina-weibo-2013')).json()),
  });
  return <p>{deal.data?.terms.consideration?.value ?? '…'}</p>;
}

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={new QueryClient()}>
    <Price />
  </QueryClientProvider>,
);
