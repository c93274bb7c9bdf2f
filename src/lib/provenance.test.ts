// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedIn } from '../../test/seed';
import { citationDetail, citationLabel, orderCitations, sourceEntries, sourceNameOf, sourcesLine } from './provenance';
import { loadGerman } from '../../test/german';

loadGerman();

const en = seedIn('en');
const de = seedIn('de');

describe('a reposted source', () => {
  it('says it was reposted in the reader’s language', () => {
    expect(sourceNameOf(en.sources, 'forbes-reposted', 'en')).toBe('Forbes (reposted)');
    expect(sourceNameOf(de.sources, 'forbes-reposted', 'de')).toBe('Forbes (weiterveröffentlicht)');
    expect(citationLabel({ sourceId: 'forbes-reposted' }, de.sources, 'de')).toBe('Forbes (weiterveröffentlicht)');
    expect(citationDetail({ sourceId: 'forbes-reposted' }, de.sources, 'de')).toMatch(
      /^Forbes \(englischer Artikel, weiterveröffentlicht, undatiert\) · Sekundärquelle$/,
    );
  });

  it('quotes a source’s title with the language’s own marks', () => {
    const sources = [{ ...seedIn('de').sources[0], title: 'Alibaba steigt ein' }];
    expect(citationDetail({ sourceId: sources[0].id }, sources, 'de')).toContain('„Alibaba steigt ein“');
    expect(citationDetail({ sourceId: sources[0].id }, sources, 'en')).toContain('“Alibaba steigt ein”');
  });
});

describe('citationDetail', () => {
  it('names a source with neither title nor date by what it is, in either language', () => {
    const line1 = { sourceId: 'silicon-de', lines: [1] };
    expect(citationDetail(line1, en.sources, 'en')).toBe(
      'silicon.de (German article, undated) · primary source · line 1',
    );
    expect(citationDetail(line1, de.sources, 'de')).toBe(
      'silicon.de (deutscher Artikel, undatiert) · Primärquelle · Zeile 1',
    );
    expect(citationDetail(line1, en.sources, 'en')).not.toMatch(/not given/);
  });

  it('keeps title and day for a source that has one of them', () => {
    expect(citationDetail({ sourceId: 'technode-2013-04-29' }, en.sources, 'en')).toBe(
      'technode.com · title not given · 29 Apr 2013 · secondary source',
    );
  });
});

describe('sources in the order of the view’s day', () => {
  // The deal's announcement cites the article first, then phys.org, technode and Xinhua.
  const cited = en.events.find((e) => e.id === 'deal-2013-04-29')!.sources;
  const ids = (citations: { sourceId: string }[]) => citations.map((c) => c.sourceId);

  it('lists dated sources oldest first and the undated ones last', () => {
    expect(ids(orderCitations(cited, en.sources))).toEqual([
      'phys-org-2013-04-29',
      'technode-2013-04-29',
      'xinhua-chinadaily-2013-04-30',
      'silicon-de',
    ]);
    expect(sourcesLine(cited, en.sources, 'en')).toBe(
      'phys.org, 29 Apr 2013; technode.com, 29 Apr 2013; Xinhua via chinadaily.com.cn, 30 Apr 2013; silicon.de, lines 1, 2, 3',
    );
  });

  it('leaves out a source dated after the view’s day', () => {
    expect(ids(orderCitations(cited, en.sources, '2013-04-29'))).toEqual([
      'phys-org-2013-04-29',
      'technode-2013-04-29',
      'silicon-de',
    ]);
    expect(sourceEntries(cited, en.sources, 'en', '2013-04-29').join('\n')).not.toContain('Xinhua');
  });
});
