// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../lib/text-width';
import { axisWidth, labelRoom, valueTicks } from './axis-width';

describe('valueTicks', () => {
  it('picks the round steps Recharts draws by default, from 0 past the maximum', () => {
    expect(valueTicks(10e6)).toEqual([0, 2.5e6, 5e6, 7.5e6, 10e6]);
    expect(valueTicks(290e6).at(-1)).toBeGreaterThanOrEqual(290e6);
    expect(valueTicks(290e6)[0]).toBe(0);
  });
});

describe('axisWidth', () => {
  it('leaves a longer German tick label more room than the English one', () => {
    expect(axisWidth(['7,5\u00a0Mio.\u00a0€'])).toBeGreaterThan(axisWidth(['€7.5m']));
  });

  it('fits the longest label, its tick line and gap', () => {
    expect(axisWidth(['0 €', '380\u00a0Mio.\u00a0US$'])).toBeGreaterThanOrEqual(
      textWidth('380\u00a0Mio.\u00a0US$', 13) + 8,
    );
  });
});

describe('labelRoom', () => {
  const about = 'etwa 3,26\u00a0Mrd.\u00a0US$';

  it('keeps a label on one line where the drawing is wide', () => {
    expect(labelRoom([about], 1000)).toBeGreaterThan(textWidth(about, 13, true));
  });

  it('wraps at a space where the drawing is narrow, but never narrower than a piece without one', () => {
    const room = labelRoom([about], 250);
    expect(room).toBeLessThan(textWidth(about, 13, true));
    expect(room).toBeGreaterThan(textWidth('3,26\u00a0Mrd.\u00a0US$', 13, true));
  });
});
