// @vitest-environment node
import { seedIn } from '../../../../test/seed';
import { describe, expect, it } from 'vitest';

import { optionWhatIf } from './option';
import { selectStake } from './stake';
import { figureTable, moneyColumn, statusText } from './table';
import { loadGerman } from '../../../../test/german';

loadGerman();

const deal = seedIn('en');
const valueOf = (table: ReturnType<typeof figureTable>, row: number) => {
  const cell = table.rows[row][1];
  return typeof cell === 'string' ? cell : cell.text;
};

describe('the data tables', () => {
  it('give the option headroom in percentage points, not as a share', () => {
    const headroom = selectStake(deal, null, 'en')!.headroom!;
    const rows = [{ label: 'Headroom', figure: headroom }];
    expect(valueOf(figureTable(rows, deal.sources, 'en'), 0)).toBe('about 12 points');
    expect(valueOf(figureTable(rows, deal.sources, 'de'), 0)).toBe('etwa 12 Prozentpunkte');
  });

  it('keep a percentage a percentage', () => {
    const acquired = selectStake(deal, null, 'en')!.acquired!;
    expect(valueOf(figureTable([{ label: 'Stake', figure: acquired }], deal.sources, 'en'), 0)).toBe('about 18%');
  });

  it('say what a modelled cost stands on: its formula and the assumption', () => {
    const { cost } = optionWhatIf(deal, 5e9, 'EUR', null, 'en')!;
    const text = statusText(cost, 'en');
    expect(text).toMatch(/^Modelled: €5bn × 12 pts · Assumption: The option is exercised at a valuation of €5bn/);
    // At the deal's implied valuation too: using it as the price at exercise is an assumption.
    expect(statusText(optionWhatIf(deal, 2.5e9, 'EUR', null, 'en')!.cost, 'en')).toBe(
      'Modelled: €2.5bn × 12 pts · Assumption: The deal’s implied valuation, €2.5bn, is used as the price at exercise; the sources say only “at a mutually agreed price” („zu einem gemeinsam vereinbarten Kurs“).',
    );
  });
});

describe('money columns, one scale each', () => {
  it('write every amount in the column’s scale, the unit once in the header', () => {
    const column = moneyColumn('Monthly amount', [600_000, 1_100_000, 12_300_000], 'USD', 'en');
    expect(column.header).toBe('Monthly amount (US$m)');
    expect([600_000, 1_100_000, 12_300_000].map((v) => column.atStep(v, 100_000))).toEqual(['0.6', '1.1', '12.3']);
    const german = moneyColumn('Monatsbetrag', [600_000, 1_100_000], 'USD', 'de');
    expect(german.header).toBe('Monatsbetrag (Mio.\u00a0US$)');
    expect(german.atStep(600_000, 100_000)).toBe('0,6');
  });

  it('give a reported figure at its own precision, with its qualifier', () => {
    const column = moneyColumn('Cumulative', [290e6], 'EUR', 'de');
    const total = { value: 290e6, qualifier: 'about' } as Parameters<typeof column.figure>[0];
    expect(column.figure(total)).toBe('etwa 290');
  });
});
