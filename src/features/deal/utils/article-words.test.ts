// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedIn } from '../../../../test/seed';
import { selectArticleWords } from './article-words';

describe('selectArticleWords', () => {
  it('has nothing before the deal was announced: the article counts from 29 Apr 2013', () => {
    for (const day of ['2012-12-01', '2013-03-01', '2013-04-28'])
      expect(selectArticleWords(seedIn('en'), day)).toBeNull();
  });

  it('from 29 Apr 2013 gives the four cooperation areas (line 2) and Charles Chao’s comment (line 4)', () => {
    const words = selectArticleWords(seedIn('en'), '2013-04-29')!;
    expect(words.areas.map((a) => [a.label, a.original])).toEqual([
      ['Link user accounts', 'Nutzerkonten verbinden'],
      ['Online payments', 'bei Online-Bezahlmöglichkeiten kooperieren'],
      ['Marketing', 'im Marketing'],
      ['New business models for social commerce', 'bei der Suche nach neuen Geschäftsmodellen für Social Commerce'],
    ]);
    expect(words.areaSources).toEqual([{ sourceId: 'silicon-de', lines: [2] }]);
    expect(words.quotes.map((q) => [q.speaker, q.role, q.sources])).toEqual([
      ['Charles Chao', 'Chairman and CEO of Sina', [{ sourceId: 'silicon-de', lines: [4] }]],
    ]);
    expect(selectArticleWords(seedIn('de'), null)!.areas[0].label).toBe('Nutzerkonten verbinden');
  });
});
