import type { Deal, Figure } from '../../../lib/schemas';
import { derive, token } from './derive';

export interface StakeView {
  rumoured?: Figure;
  acquired: Figure;
  ceiling: Figure;
  /** Points the option may still add: ceiling minus the stake acquired. */
  headroom: Figure;
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

/** The stake's story in points: the rumour, what was bought, and how far the option reaches. */
export function selectStake(deal: Deal): StakeView | null {
  const { stakeRumoured, stakeAcquired, optionCeiling } = deal.terms;
  if (!stakeAcquired) return null;
  return {
    rumoured: stakeRumoured,
    acquired: stakeAcquired,
    ceiling: optionCeiling,
    headroom: optionHeadroom(stakeAcquired, optionCeiling),
  };
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
  rows.push({ key: 'deal', offset: 0, rumoured: 0, acquired: view.acquired.value, headroom: view.headroom.value });
  return rows;
}
