// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BARE_DOLLAR, ENGLISH_FORMULA_WORDS, modelTableRows, modelWords } from '../../../../test/charts';
import { seedIn, seedMetricIn } from '../../../../test/seed';
import type { Locale } from '../../../lib/i18n';
import type { ChartModel } from './chart-model';
import { selectUsersChart, type UsersChartModel } from './users-model';
import { loadGerman } from '../../../../test/german';

loadGerman();

const model = (asOf: string | null = null, locale: Locale = 'en') =>
  selectUsersChart(seedIn(locale), { series: seedMetricIn('registered-users', locale) }, locale, asOf);
function drawn(m: ChartModel<UsersChartModel>): UsersChartModel {
  if (m.empty !== null) throw new Error(`expected a chart, got "${m.empty}"`);
  return m;
}

describe('the users chart, day by day', () => {
  it('has nothing to show before the first reading was public (Nov 2012 counts from its end)', () => {
    expect(model('2012-11-15').empty).toBe('Not public yet on 15 Nov 2012.');
  });

  it('on 2012-12-01 draws the 400M+ of Nov 2012 and says it is a floor', () => {
    const m = drawn(model('2012-12-01'));
    expect(m.rows.map((r) => [r.date, r.valueLabel])).toEqual([['Nov 2012', '400m+']]);
    expect(m.notes.map((n) => n.text)).toEqual(['400m+: “more than”: the bar is a floor']);
  });

  it('on 2013-03-01 and 2013-04-28 adds the 500M of Feb 2013, and the claim is not yet public', () => {
    for (const day of ['2013-03-01', '2013-04-28']) {
      const m = drawn(model(day));
      expect(
        m.rows.map((r) => r.value),
        day,
      ).toEqual([400e6, 500e6]);
      expect(
        m.notes.some((n) => /hundreds of millions/.test(n.text)),
        day,
      ).toBe(false);
    }
  });

  it('on 2013-04-29 keeps the “hundreds of millions” claim as a note, not a number', () => {
    const m = drawn(model('2013-04-29'));
    expect(m.rows).toHaveLength(2);
    expect(m.notes.at(-1)?.text).toMatch(
      /“hundreds of millions of users” \(silicon\.de, line 4\): a claim, not a number/,
    );
  });
});

describe('statuses', () => {
  it('shows reported readings as reported, in the legend and the table', () => {
    const m = drawn(model());
    expect(m.rows.map((r) => r.status)).toEqual(['reported', 'reported']);
    expect(m.legend).toEqual([{ label: 'Registered users', status: 'reported' }]);
    expect(modelTableRows(m.table).map((r) => r.slice(0, 3))).toEqual([
      ['Nov 2012 · silicon.de', '400m+', 'Reported'],
      ['Feb 2013 · technode.com', '500m', 'Reported'],
    ]);
    expect(m.currencyNote).toBeNull();
  });
});

describe('the German chart', () => {
  it('says everything in German', () => {
    for (const text of modelWords(drawn(model(null, 'de')))) {
      expect(text).not.toMatch(ENGLISH_FORMULA_WORDS);
      expect(text).not.toMatch(BARE_DOLLAR);
    }
  });
});
