import { describe, expect, it } from 'vitest';
import { seedDeal, seedIn } from '../../test/seed';
import { dealNamingAsOf, dealTitle, documentTitle, partiesLines } from './deal-name';
import { translate, type Locale } from './i18n';
import { DealSchema } from './schemas';
import * as v from 'valibot';

const t = (locale: Locale) => (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
  translate(locale, key, vars);
const title = (day: string | null, locale: Locale = 'en') =>
  dealTitle(dealNamingAsOf(seedIn(locale), day), day, t(locale), locale);
const parties = (day: string | null, locale: Locale = 'en') =>
  partiesLines(dealNamingAsOf(seedIn(locale), day)?.parties ?? [], t(locale), locale);

describe('the seed deal’s name, day by day: never more than was public', () => {
  it('before anything was public, names no deal and says so', () => {
    expect(title('2012-10-31')).toBe('Nothing about this deal was public on 31 Oct 2012');
    expect(title('2012-10-31', 'de')).toBe('Am 31. Okt. 2012 war über dieses Geschäft noch nichts öffentlich');
    expect(parties('2012-10-31')).toEqual([]);
  });

  it('with the rumour (from 30 Nov 2012) and its denial, names Alibaba and Sina, not Sina Weibo', () => {
    for (const day of ['2012-12-01', '2013-03-01', '2013-04-28']) {
      expect(title(day), day).toBe('Alibaba and Sina');
      expect(parties(day), day).toEqual(['Parties named: Alibaba Group and Sina']);
      expect(title(day, 'de'), day).toBe('Alibaba und Sina');
      expect(parties(day, 'de'), day).toEqual(['Genannte Beteiligte: Alibaba Group und Sina']);
    }
  });

  it('from the announcement (29 Apr 2013), and today, names the stake in Sina Weibo', () => {
    for (const day of ['2013-04-29', null]) {
      expect(title(day)).toBe('Alibaba takes a stake in Sina Weibo');
      expect(parties(day)).toEqual(['Alibaba Group invests in Sina Weibo', 'Sina Weibo belongs to Sina']);
    }
    expect(title('2013-04-29', 'de')).toBe('Alibaba steigt bei Sina Weibo ein');
  });

  it('writes the tab’s title from the same name', () => {
    expect(documentTitle('Deal intelligence', title('2012-12-01'))).toBe('Deal intelligence · Alibaba and Sina');
    expect(documentTitle('Deal intelligence', null)).toBe('Deal intelligence');
  });

  it('reads the names from the deal file, where a stage names its statuses and parties', () => {
    const payload = v.parse(DealSchema, seedDeal);
    expect(payload.stageNames).toEqual([
      {
        statuses: ['rumoured', 'rumour-denied'],
        name: { en: 'Alibaba and Sina', de: 'Alibaba und Sina' },
        parties: ['acquirer', 'targetParent'],
      },
    ]);
    // A deal without stage names is called by its name at every status.
    const plain = { ...seedIn('en'), stageNames: [] };
    expect(dealNamingAsOf(plain, '2012-12-01')?.name).toBe('Alibaba takes a stake in Sina Weibo');
  });
});
