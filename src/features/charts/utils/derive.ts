import { latestDate } from '../../../lib/dates';
import type { Citation, Figure, Unit } from '../../../lib/schemas';

interface DeriveSpec {
  id: string;
  label: string;
  value: number;
  unit: Unit;
  formula: string;
  inputs: Figure[];
  qualifier?: Figure['qualifier'];
  note?: string;
}

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
 * became public when its last input did, and is "about" when any input is.
 */
export function derive({ id, label, value, unit, formula, inputs, qualifier, note }: DeriveSpec): Figure {
  return {
    id,
    label,
    status: 'derived',
    value,
    unit,
    qualifier: qualifier ?? (inputs.some((f) => f.qualifier !== 'exact') ? 'about' : 'exact'),
    formula,
    inputs: inputs.map((f) => f.id),
    publicOn: latestDate(inputs.map((f) => f.publicOn)),
    sources: citationsOf(inputs),
    ...(note ? { note } : {}),
  };
}

/** A language-neutral token for formulas: "EUR 450M", "USD 3.26B", "18 %". */
export function token(value: number, unit: Unit): string {
  const round = (n: number) => String(Math.round(n * 100) / 100);
  if (unit === 'EUR' || unit === 'USD') {
    return Math.abs(value) >= 1e9 ? `${unit} ${round(value / 1e9)}B` : `${unit} ${round(value / 1e6)}M`;
  }
  if (unit === 'percent') return `${round(value)} %`;
  if (unit === 'months') return `${round(value)} months`;
  return Math.abs(value) >= 1e6 ? `${round(value / 1e6)}M` : round(value);
}
