import { describe, expect, it } from 'vitest';
import { seedDeal, seedIn, seedMetricIn } from '../../../../test/seed';
import type { Locale } from '../../../lib/i18n';
import { CURRENCIES } from '../utils/currency';
import { REVENUE_PROFILES } from '../utils/revenue';
import type { ChartModel, ChartModelBase } from './chart-model';
import { selectOptionChart } from './option-model';
import { selectRevenueChart } from './revenue-model';
import { selectStakeChart } from './stake-model';
import { selectUsersChart } from './users-model';
import { selectValuationChart } from './valuation-model';

// React keys a chart's bars by their figure's id: two figures with one id in one chart are a
// duplicate-key error on screen (the derived and the reported "implied-valuation-usd" were).

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));

/**
 * Every day on which a chart can change: each day and month the deal file names (a month from its
 * first and its last day), the day before each, and "today" (null).
 */
function asOfDays(): (string | null)[] {
  const days = new Set<string>(['2012-12-01', '2013-03-01', '2013-04-29', '2014-03-20']);
  JSON.stringify(seedDeal, (_key, value: unknown) => {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) days.add(value);
    if (typeof value === 'string' && /^\d{4}-\d{2}$/.test(value)) {
      days.add(`${value}-01`);
      days.add(addDays(`${addDays(`${value}-28`, 4).slice(0, 7)}-01`, -1));
    }
    return value;
  });
  for (const day of [...days]) days.add(addDays(day, -1));
  return [null, ...[...days].sort()];
}

/** Every list the chart hands React as keyed items, with the key each item gets. */
function keyedLists(model: ChartModelBase & Record<string, unknown>): Record<string, string[]> {
  const lists: Record<string, string[]> = {
    legend: model.legend.map((item) => `${item.label}-${item.status}`),
  };
  if (Array.isArray(model.rows)) lists.rows = (model.rows as { key: string }[]).map((row) => row.key);
  if (Array.isArray(model.presets)) lists.presets = (model.presets as { id: string }[]).map((preset) => preset.id);
  return lists;
}

const duplicates = (keys: string[]) => keys.filter((key, i) => keys.indexOf(key) !== i);

type AnyModel = ChartModel<ChartModelBase>;

function everyModel(locale: Locale): { name: string; model: AnyModel }[] {
  const deal = seedIn(locale);
  const series = seedMetricIn('registered-users', locale);
  const out: { name: string; model: AnyModel }[] = [];
  for (const asOf of asOfDays()) {
    const at = `${asOf ?? 'today'}`;
    out.push({ name: `stake ${at}`, model: selectStakeChart(deal, {}, locale, asOf) });
    out.push({ name: `users ${at}`, model: selectUsersChart(deal, { series }, locale, asOf) });
    for (const currency of CURRENCIES) {
      out.push({ name: `valuation ${currency} ${at}`, model: selectValuationChart(deal, { currency }, locale, asOf) });
      for (const profile of REVENUE_PROFILES)
        out.push({
          name: `revenue ${profile} ${currency} ${at}`,
          model: selectRevenueChart(deal, { currency, profile }, locale, asOf),
        });
      // The deal's own valuation (a preset), and one the reader assumes.
      for (const valuation of [null, 3e9])
        out.push({
          name: `option ${valuation ?? 'default'} ${currency} ${at}`,
          model: selectOptionChart(deal, { currency, valuation }, locale, asOf),
        });
    }
  }
  return out;
}

describe('a chart’s keyed items', () => {
  it('cover the days that matter, from before the rumour to the 2014 filing', () => {
    const days = asOfDays();
    expect(days).toEqual(expect.arrayContaining([null, '2012-11-30', '2013-04-28', '2013-04-29', '2014-03-31']));
  });

  it.each<Locale>(['en', 'de'])('are unique in every chart, currency and day (%s)', (locale) => {
    const found: string[] = [];
    for (const { name, model } of everyModel(locale)) {
      if (model.empty !== null) continue;
      for (const [list, keys] of Object.entries(keyedLists(model as ChartModelBase & Record<string, unknown>)))
        for (const key of new Set(duplicates(keys))) found.push(`${name}: ${list} "${key}"`);
    }
    expect(found).toEqual([]);
  });
});
