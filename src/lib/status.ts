import type { Status } from './schemas';

/** The status a computed figure can have: it is never "reported", whoever reported its inputs. */
export type ComputedStatus = Exclude<Status, 'reported'>;

/**
 * The one rule for the status of a computed figure: any modelled input makes it modelled (it stands
 * on an assumption); otherwise (reported or derived inputs only) it is derived.
 */
export function statusOf(inputs: readonly Status[]): ComputedStatus {
  if (inputs.length === 0) throw new RangeError('a computed figure needs at least one input');
  return inputs.includes('modelled') ? 'modelled' : 'derived';
}

/** The rule applied to the figures a value is computed from. */
export function statusOfFigures(inputs: readonly { status: Status }[]): ComputedStatus {
  return statusOf(inputs.map((f) => f.status));
}
