import { known } from '../../../lib/known';
import type { Deal, Figure } from '../../../lib/schemas';
import { derive, token } from './derive';

export interface StakeView {
  rumoured?: Figure;
  acquired?: Figure;
  ceiling?: Figure;
  /** Points the option may still add: ceiling minus the stake acquired (when both are known). */
  headroom?: Figure;
}

export function optionHeadroom(acquired: Figure, ceiling: Figure): Figure {
  return derive({
    id: 'option-headroom',
    label: 'Option headroom',
    value: ceiling.value - acquired.value,
    unit: 'percent',
    formula: `${token(ceiling.value, 'percent')} − ${token(acquired.value, 'percent')}`,
    inputs: [ceiling, acquired],
  });
}

/** The stake's story in points, as known on `asOf`: the rumour, what was bought, the option's reach. */
export function selectStake(deal: Deal, asOf: string | null = null): StakeView | null {
  const rumoured = known(deal.terms.stakeRumoured, asOf);
  const acquired = known(deal.terms.stakeAcquired, asOf);
  const ceiling = known(deal.terms.optionCeiling, asOf);
  if (!rumoured && !acquired) return null;
  return { rumoured, acquired, ceiling, headroom: acquired && ceiling ? optionHeadroom(acquired, ceiling) : undefined };
}

export interface StakeRow {
  key: 'rumour' | 'deal';
  /** Invisible lead-in, so that a range bar starts at its low end. */
  offset: number;
  rumoured: number;
  acquired: number;
  headroom: number;
}

export function stakeRows(view: StakeView): StakeRow[] {
  const rows: StakeRow[] = [];
  if (view.rumoured) {
    const low = view.rumoured.value;
    const high = view.rumoured.valueHigh ?? low;
    rows.push({ key: 'rumour', offset: low, rumoured: high - low, acquired: 0, headroom: 0 });
  }
  if (view.acquired) {
    rows.push({
      key: 'deal',
      offset: 0,
      rumoured: 0,
      acquired: view.acquired.value,
      headroom: view.headroom?.value ?? 0,
    });
  }
  return rows;
}
