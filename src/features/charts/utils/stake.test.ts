// @vitest-environment node
import { seedIn } from '../../../../test/seed';
import { describe, expect, it } from 'vitest';

import { type Deal } from '../../../lib/schemas';
import { rumourLabel, rumourNote, selectStake, stakeAxisMax, stakeRows } from './stake';
import { loadGerman } from '../../../../test/german';

loadGerman();

const deal = seedIn('en');

describe('the rumour, a stake in Sina (the parent), not in Weibo', () => {
  it('is never a bar on Weibo’s scale: only the stake acquired and the headroom are', () => {
    const view = selectStake(deal, null, 'en')!;
    expect(stakeRows(view)).toEqual([{ key: 'deal', acquired: 18, headroom: 12 }]);
    expect(view.rumour?.figure).toMatchObject({ value: 15, valueHigh: 20 });
  });

  it('says whose stake it was, and that Sina denied it once the denial was public', () => {
    const rumour = selectStake(deal, null, 'en')!.rumour!;
    expect(rumourLabel(rumour, 'en')).toBe('Rumoured: stake in Sina, the parent (not Weibo), denied in February 2013');
    expect(rumourNote(rumour, 'en')).toBe(
      'Rumours (Nov 2012): Alibaba to take 15–20% of Sina, the parent company. That is a share of Sina, not of Weibo, so it is not drawn on this scale. Sina denied it in February 2013.',
    );
  });

  it('says in German when the denial came, as a sentence does: „im Februar 2013 dementiert“', () => {
    const rumour = selectStake(deal, null, 'de')!.rumour!;
    expect(rumourLabel(rumour, 'de')).toBe(
      'Gerücht: Anteil an Sina, dem Mutterkonzern (nicht an Weibo), im Februar 2013 dementiert',
    );
    expect(rumourNote(rumour, 'de')).toMatch(/ Sina dementierte im Februar 2013\.$/);
    // A denial known to the day takes „am“.
    const onADay = {
      ...rumour,
      denial: { ...rumour.denial!, date: { precision: 'day' as const, date: '2013-02-12' } },
    };
    expect(rumourLabel(onADay, 'de')).toMatch(/, am 12\. Feb\. 2013 dementiert$/);
    expect(rumourNote(onADay, 'en')).toMatch(/ Sina denied it on 12 Feb 2013\.$/);
  });

  it('is not yet denied on 2012-12-01, and denied on 2013-03-01', () => {
    const before = selectStake(deal, '2012-12-01', 'en')!.rumour!;
    expect(before.denial).toBeUndefined();
    expect(rumourLabel(before, 'en')).toBe('Rumoured: stake in Sina, the parent (not Weibo)');
    expect(rumourNote(before, 'en')).not.toMatch(/denied/);
    expect(selectStake(deal, '2013-03-01', 'en')!.rumour!.denial?.id).toBe('denial-2013-02');
  });
});

describe('Weibo’s axis, as of a day', () => {
  it('has nothing to scale on 2012-12-01: no stake in Weibo was public', () => {
    const view = selectStake(deal, '2012-12-01', 'en')!;
    expect(stakeRows(view)).toEqual([]);
    expect(stakeAxisMax(view)).toBeNull();
  });

  it('runs to 40 % once the 30 % option is public, with room for its label', () => {
    expect(stakeAxisMax(selectStake(deal, '2013-04-29', 'en')!)).toBe(40);
  });

  it('is scaled to what is shown, not to a ceiling that is not yet public', () => {
    const noCeiling: Deal = { ...deal, terms: { ...deal.terms, optionCeiling: undefined } };
    const view = selectStake(noCeiling, null, 'en')!;
    expect(view.headroom).toBeUndefined();
    expect(stakeAxisMax(view)).toBe(30);
  });
});
