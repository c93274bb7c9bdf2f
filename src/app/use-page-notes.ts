import { useMemo } from 'react';
import { useAddressNotes } from '../components/url-notice';
import { eventPublicOn, firstPublicDate } from '../lib/known';
import type { Deal } from '../lib/schemas';
import { asOfNotes, type AddressNote } from '../lib/url-params';

/** Today as a YYYY-MM-DD day (UTC, as every day in the app is). */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The notes a deal's page shows above its view: what its "Known as of" day means for this deal
 * (nothing public yet, a day to come), and what its parts report they did with the address.
 * Pages with a query never take over prerendered HTML, so reading today's date here cannot mismatch.
 */
export function usePageNotes(deal: Deal | undefined, asOf: string | null) {
  const [reported, report] = useAddressNotes();
  const first = useMemo(() => (deal ? firstPublicDate(deal.events.map(eventPublicOn)) : null), [deal]);
  const notes = useMemo<AddressNote[]>(
    () => [...(deal ? asOfNotes(asOf, first, today()) : []), ...reported],
    [deal, asOf, first, reported],
  );
  return { notes, report };
}
