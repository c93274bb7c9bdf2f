import type { Deal, Figure } from './schemas';

/** Every figure a deal holds, wherever it sits in the contract, for look-up by id. */
export function dealFigures(deal: Deal): Figure[] {
  const { terms, projections, valuation } = deal;
  return [
    terms.consideration,
    terms.considerationUsd,
    terms.stakeRumoured,
    terms.stakeAcquired,
    terms.optionCeiling,
    terms.laterOption?.ipoDiscount,
    terms.laterOption?.valuationCapUsd,
    deal.cooperation?.term,
    projections?.revenue,
    projections?.revenueUsd,
    projections?.horizon,
    valuation.impliedUsd,
    ...deal.market,
  ].filter((f): f is Figure => f !== undefined);
}
