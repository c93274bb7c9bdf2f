import { latestDate } from '../../../lib/dates';
import type { Citation, Figure, Unit } from '../../../lib/schemas';
import { statusOfFigures } from '../../../lib/status';

/**
 * The ids of figures the app computes live apart from a deal file's: a file's figure ids have no
 * colon (check-deal refuses one), so "computed:implied-valuation-usd" never meets the reported
 * "implied-valuation-usd" in one chart, where React keys the bars by id.
 */
export const COMPUTED_ID_PREFIX = 'computed:';

/** The id of a figure the app computes, from its name. */
export function computedId(name: string): string {
  return `${COMPUTED_ID_PREFIX}${name}`;
}

interface DeriveSpec {
  /** What the figure is, e.g. "option-cost": its id is `computedId(name)`. */
  name: string;
  label: string;
  value: number;
  unit: Unit;
  formula: string;
  inputs: Figure[];
  qualifier?: Figure['qualifier'];
  note?: string;
  /** A difference of percentages: it reads in percentage points, not as a share. */
  points?: boolean;
}

/**
 * A figure computed from others. Derived when it stands on reported and derived figures only;
 * modelled when any input is, and then it names the assumptions it stands on beside its formula.
 */
export type ComputedFigure = Figure & { formula: string; inputs: string[]; points?: true };

function citationsOf(inputs: Figure[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const citation of inputs.flatMap((f) => f.sources)) {
    const key = `${citation.sourceId}:${citation.lines?.join(',') ?? ''}`;
    if (!seen.has(key)) seen.set(key, citation);
  }
  return [...seen.values()];
}

/**
 * A figure computed from others: it names its formula and inputs, cites every input's sources,
 * became public when its last input did, is "about" when any input is, and takes its status from
 * its inputs by the one rule (`statusOf`).
 */
export function derive({
  name,
  label,
  value,
  unit,
  formula,
  inputs,
  qualifier,
  note,
  points,
}: DeriveSpec): ComputedFigure {
  const base = {
    id: computedId(name),
    label,
    value,
    unit,
    qualifier: qualifier ?? (inputs.some((f) => f.qualifier !== 'exact') ? 'about' : 'exact'),
    formula,
    inputs: inputs.map((f) => f.id),
    publicOn: latestDate(inputs.map((f) => f.publicOn)),
    sources: citationsOf(inputs),
    ...(note ? { note } : {}),
    ...(points ? { points: true as const } : {}),
  };
  if (statusOfFigures(inputs) === 'derived') return { ...base, status: 'derived' };
  const assumptions = inputs.flatMap((f) => (f.status === 'modelled' ? [f.assumption] : []));
  return { ...base, status: 'modelled', assumption: [...new Set(assumptions)].join(' ') };
}

/** Whether a figure is a difference of percentages, to be read in points. */
export function isPoints(figure: Figure): boolean {
  return 'points' in figure && figure.points === true;
}
