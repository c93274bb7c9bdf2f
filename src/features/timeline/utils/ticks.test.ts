// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { axisTicks } from './ticks';
import { toDay } from './time-scale';

const range = (from: string, to: string) => ({ start: toDay(from), end: toDay(to) + 1 });

describe('axis ticks', () => {
  it('keep the year on a zoomed axis: the first tick names it', () => {
    const labels = axisTicks(range('2013-04-10', '2013-06-14'), 960, 'en').map((t) => t.label);
    expect(labels[0]).toMatch(/^\d+ Apr 2013$/);
    expect(labels.slice(1).every((l) => !/2013/.test(l))).toBe(true);
    expect(labels.at(-1)).toMatch(/^\d+ Jun$/);
  });

  it('name the year again at the first tick of a new year, in German too', () => {
    const labels = axisTicks(range('2013-12-01', '2014-01-31'), 960, 'de').map((t) => t.label);
    expect(labels[0]).toMatch(/2013$/);
    const turn = labels.findIndex((l) => /2014$/.test(l));
    expect(turn).toBeGreaterThan(0);
    expect(labels.filter((l) => /\d{4}$/.test(l))).toHaveLength(2);
  });

  it('month ticks carry their year already', () => {
    expect(axisTicks(range('2012-10-01', '2014-04-30'), 960, 'en')[0].label).toMatch(/2012$/);
  });
});
