import { describe, expect, it } from 'vitest';
import { seedIn } from '../../test/seed';
import { citationDetail, citationLabel, sourceNameOf } from './provenance';

describe('a reposted source', () => {
  it('says it was reposted in the reader’s language', () => {
    expect(sourceNameOf(seedIn('en').sources, 'forbes-reposted', 'en')).toBe('Forbes (reposted)');
    const de = seedIn('de');
    expect(sourceNameOf(de.sources, 'forbes-reposted', 'de')).toBe('Forbes (weiterveröffentlicht)');
    expect(citationLabel({ sourceId: 'forbes-reposted' }, de.sources, 'de')).toBe('Forbes (weiterveröffentlicht)');
    expect(citationDetail({ sourceId: 'forbes-reposted' }, de.sources, 'de')).toMatch(
      /^Forbes \(weiterveröffentlicht\) · Titel nicht angegeben/,
    );
  });

  it('quotes a source’s title with the language’s own marks', () => {
    const sources = [{ ...seedIn('de').sources[0], title: 'Alibaba steigt ein' }];
    expect(citationDetail({ sourceId: sources[0].id }, sources, 'de')).toContain('„Alibaba steigt ein“');
    expect(citationDetail({ sourceId: sources[0].id }, sources, 'en')).toContain('“Alibaba steigt ein”');
  });
});
