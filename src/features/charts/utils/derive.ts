import { latestDate } from '../../../lib/dates';
import type { Citation, Figure, Unit } from '../../../lib/schemas';
import { statusOfFigures } from '../../../lib/status';

interface DeriveSpec {
  id: string;
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
  id,
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
    id,
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
