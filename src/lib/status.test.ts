// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Status } from './schemas';
import { statusOf, statusOfFigures } from './status';

const STATUSES: readonly Status[] = ['reported', 'derived', 'modelled'];

/** Every list of one to three inputs drawn from the three statuses. */
function combinations(): Status[][] {
  const out: Status[][] = [];
  const grow = (prefix: Status[]) => {
    if (prefix.length > 0) out.push(prefix);
    if (prefix.length === 3) return;
    for (const s of STATUSES) grow([...prefix, s]);
  };
  grow([]);
  return out;
}

describe('the status of a computed figure', () => {
  it.each([
    [['reported'], 'derived'],
    [['derived'], 'derived'],
    [['modelled'], 'modelled'],
    [['reported', 'reported'], 'derived'],
    [['reported', 'derived'], 'derived'],
    [['derived', 'derived'], 'derived'],
    [['reported', 'modelled'], 'modelled'],
    [['derived', 'modelled'], 'modelled'],
    [['modelled', 'modelled'], 'modelled'],
    [['modelled', 'reported', 'derived'], 'modelled'],
  ] as [Status[], string][])('%j -> %s', (inputs, expected) => {
    expect(statusOf(inputs)).toBe(expected);
  });

  it('is modelled exactly when some input is modelled, in any order and number of inputs', () => {
    const all = combinations();
    expect(all).toHaveLength(3 + 9 + 27);
    for (const inputs of all) {
      expect(statusOf(inputs)).toBe(inputs.includes('modelled') ? 'modelled' : 'derived');
    }
  });

  it('is never reported, even when every input is', () => {
    expect(statusOf(['reported', 'reported', 'reported'])).toBe('derived');
  });

  it('refuses a computed figure without inputs', () => {
    expect(() => statusOf([])).toThrow(RangeError);
  });

  it('reads the statuses of figures', () => {
    expect(statusOfFigures([{ status: 'reported' }, { status: 'derived' }])).toBe('derived');
    expect(statusOfFigures([{ status: 'derived' }, { status: 'modelled' }])).toBe('modelled');
  });
});
