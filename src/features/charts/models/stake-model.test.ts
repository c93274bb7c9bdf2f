// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BARE_DOLLAR, ENGLISH_FORMULA_WORDS, modelTableRows, modelWords } from '../../../../test/charts';
import { seedIn } from '../../../../test/seed';
import type { Deal, Figure } from '../../../lib/schemas';
import type { ChartModel } from './chart-model';
import { selectStakeChart, type StakeChartModel } from './stake-model';
import { loadGerman } from '../../../../test/german';

loadGerman();

const en = seedIn('en');
const model = (deal: Deal, asOf: string | null = null, locale: 'en' | 'de' = 'en') =>
  selectStakeChart(deal, {}, locale, asOf);
function drawn(m: ChartModel<StakeChartModel>): StakeChartModel {
  if (m.empty !== null) throw new Error(`expected a chart, got "${m.empty}"`);
  return m;
}
const labels = (m: StakeChartModel) => modelTableRows(m.table).map((row) => row[0]);

describe('the stake chart, day by day', () => {
  it('has nothing to show before the rumour of Nov 2012 was public', () => {
    expect(model(en, '2012-11-15')).toEqual({
      title: 'Stake in Sina Weibo',
      empty: 'Not public yet on 15 Nov 2012.',
    });
  });

  it('on 2012-12-01 tells the rumour about Sina in words, not yet denied, and draws nothing on Weibo’s scale', () => {
    const m = drawn(model(en, '2012-12-01'));
    expect(m.rows).toEqual([]);
    expect(m.axisMax).toBeNull();
    expect(m.legend).toEqual([]);
    expect(labels(m)).toEqual(['Rumoured: stake in Sina, the parent (not Weibo)']);
    expect(m.notes).toHaveLength(1);
    expect(m.notes[0]).toMatchObject({
      kind: 'rumour',
      text: expect.stringMatching(/^Rumours \(Nov 2012\): .* of Sina/),
    });
    expect(m.notes[0].text).not.toMatch(/denied/);
  });

  it('on 2013-03-01 and 2013-04-28 adds Sina’s denial, and still no stake in Weibo', () => {
    for (const day of ['2013-03-01', '2013-04-28']) {
      const m = drawn(model(en, day));
      expect(m.rows, day).toEqual([]);
      expect(labels(m), day).toEqual(['Rumoured: stake in Sina, the parent (not Weibo), denied in February 2013']);
      expect(
        m.notes.map((n) => n.text),
        day,
      ).toEqual([expect.stringMatching(/Sina denied it in February 2013\.$/)]);
      expect(m.subtitle, day).toBe('As of Nov 2012');
    }
  });

  it('on 2013-04-29 draws the stake acquired and the headroom on Weibo’s scale, the rumour only as a row and a note', () => {
    const m = drawn(model(en, '2013-04-29'));
    expect(m.rows).toHaveLength(1);
    expect(m.rows[0]).toMatchObject({ acquired: 18, headroom: 12, name: 'Deal (29 Apr 2013)' });
    expect(m.axisMax).toBe(40);
    expect(m.ceiling).toEqual({ value: 30, label: '30%' });
    expect(labels(m)).toEqual([
      'Rumoured: stake in Sina, the parent (not Weibo), denied in February 2013',
      'Stake acquired',
      'Option headroom',
      'Option ceiling',
    ]);
    expect(m.notes.map((n) => n.kind)).toEqual(['plain', 'rumour']);
    expect(m.subtitle).toBe('As of 29 Apr 2013');
    expect(m.currencyNote).toBeNull();
  });
});

describe('statuses, by the one status rule', () => {
  it('derives the headroom from the two reported percentages', () => {
    const m = drawn(model(en));
    expect(m.legend).toEqual([
      { label: 'Stake acquired', status: 'reported' },
      { label: 'Option headroom', status: 'derived' },
    ]);
    expect(m.rows[0]).toMatchObject({ acquiredStatus: 'reported', headroomStatus: 'derived' });
    expect(modelTableRows(m.table)[2][2]).toBe('Derived: 30% − 18%');
  });

  it('models the headroom when the stake it stands on is an assumption', () => {
    const acquired = en.terms.stakeAcquired!;
    const assumed: Figure = {
      id: acquired.id,
      label: acquired.label,
      status: 'modelled',
      value: 20,
      unit: 'percent',
      qualifier: 'exact',
      assumption: 'A stake of 20 %, for the sake of the test.',
      publicOn: acquired.publicOn,
      sources: acquired.sources,
    };
    const m = drawn(model({ ...en, terms: { ...en.terms, stakeAcquired: assumed } }));
    expect(m.rows[0]).toMatchObject({ acquired: 20, headroom: 10, headroomStatus: 'modelled' });
    expect(m.legend.map((l) => l.status)).toEqual(['modelled', 'modelled']);
    expect(modelTableRows(m.table)[2][2]).toMatch(/^Modelled: 30% − 20% · Assumption: A stake of 20 %/);
  });
});

describe('the headroom, in percentage points', () => {
  it('is said in points, never as a share', () => {
    const m = drawn(model(en));
    expect(modelTableRows(m.table)[2][1]).toBe('about 12 points');
    expect(m.rows[0].headroomLabel).toBe('+12 pts');
    expect(m.rows[0].tooltip).toContainEqual({ label: 'Option headroom', value: '+12 points', status: 'derived' });
    expect(m.notes[0].text).toBe('The option can add 12 points to the about 18% acquired, up to 30%.');
  });

  it('in German: Prozentpunkte, the formula in German number format', () => {
    const m = drawn(model(seedIn('de'), null, 'de'));
    const headroom = modelTableRows(m.table)[2];
    expect(headroom.slice(0, 3)).toEqual([
      'Spielraum der Option',
      'etwa 12 Prozentpunkte',
      'Abgeleitet: 30\u00a0% − 18\u00a0%',
    ]);
    expect(m.rows[0].headroomLabel).toBe('+12 Pp.');
  });
});

describe('the German chart', () => {
  it('says everything in German: no English formula words, no bare dollar', () => {
    for (const day of ['2012-12-01', '2013-03-01', '2013-04-29', null]) {
      const words = modelWords(model(seedIn('de'), day, 'de'));
      for (const text of words) {
        expect(text, String(day)).not.toMatch(ENGLISH_FORMULA_WORDS);
        expect(text, String(day)).not.toMatch(BARE_DOLLAR);
      }
    }
  });
});
