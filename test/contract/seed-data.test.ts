// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { mockDeals } from '../../mocks/data';
import { localize } from '../../src/lib/localize';
import {
  DealSchema,
  MetricSeriesSchema,
  type Citation,
  type Deal,
  type Figure,
  type MetricSeries,
} from '../../src/lib/schemas';

const entry = mockDeals['alibaba-sina-weibo-2013'];
// Parsed by the contract (both languages), then read in English as a component would.
const payload = v.parse(DealSchema, entry.deal);
const deal = localize(payload, 'en');
const series = Object.values(entry.metrics).map((s) => localize(v.parse(MetricSeriesSchema, s), 'en'));

function allFigures(d: Deal = deal, metrics: MetricSeries[] = series): Figure[] {
  const t = d.terms;
  return [
    t.consideration,
    t.considerationUsd,
    t.stakeRumoured,
    t.stakeAcquired,
    t.optionCeiling,
    t.laterOption?.ipoDiscount,
    t.laterOption?.valuationCapUsd,
    d.cooperation!.term,
    d.projections!.revenue,
    d.projections!.revenueUsd,
    d.projections!.horizon,
    d.valuation.impliedUsd,
    ...d.market,
    ...metrics.flatMap((s) => s.points),
  ].filter((f): f is Figure => f !== undefined);
}

function allCitations(): Citation[] {
  const json = JSON.stringify([deal, series]);
  const found: Citation[] = [];
  JSON.parse(json, (_key, value: unknown) => {
    if (value && typeof value === 'object' && 'sourceId' in value) found.push(value as Citation);
    return value;
  });
  return found;
}

const byId = (id: string) => allFigures().find((f) => f.id === id);

describe('the seed deal in mocks/', () => {
  it('holds the facts of the article with their status and article line', () => {
    expect(byId('consideration')).toMatchObject({ value: 450e6, unit: 'EUR', status: 'reported' });
    expect(byId('cooperation-term')).toMatchObject({ value: 36, unit: 'months' });
    expect(byId('projected-revenue')).toMatchObject({ value: 290e6, unit: 'EUR', qualifier: 'about' });
    expect(byId('option-ceiling')).toMatchObject({ value: 30, unit: 'percent' });
    expect(byId('stake-rumoured')).toMatchObject({ value: 15, valueHigh: 20, publicOn: { date: '2012-11' } });
    expect(byId('registered-users-2012-11')).toMatchObject({ value: 400e6, qualifier: 'over' });
    expect(deal.cooperation!.areas).toHaveLength(4);
    expect(deal.terms.instruments!.sources[0]).toMatchObject({ sourceId: 'silicon-de', lines: [3] });
    expect(deal.claims.map((c) => c.id)).toContain('combined-users');
    expect(deal.quotes.map((q) => q.speaker)).toEqual(['Charles Chao']);
    expect(deal.events.map((e) => e.kind)).toEqual(expect.arrayContaining(['rumour', 'denial']));
  });

  it('holds the facts of the secondary reports, cited as secondary', () => {
    const secondary = new Set(deal.sources.filter((s) => s.kind === 'secondary').map((s) => s.id));
    for (const [id, value] of [
      ['consideration-usd', 586e6],
      ['stake-acquired', 18],
      ['projected-revenue-usd', 380e6],
      ['implied-valuation-usd', 3.26e9],
      ['registered-users-2013-02', 500e6],
      ['daily-active-users-2013-02', 47e6],
      ['sina-open-move', 19],
      ['sina-close-move', 9.3],
      ['sina-close-price', 55.03],
      ['option-valuation-cap-2014', 5.5e9],
      ['option-ipo-discount-2014', 15],
    ] as const) {
      const figure = byId(id);
      expect(figure?.value, id).toBe(value);
      expect(
        figure?.sources.every((c) => secondary.has(c.sourceId)),
        id,
      ).toBe(true);
    }
  });

  it('cites only sources it lists, and only the article lines of the deal (1-7)', () => {
    const ids = new Set(deal.sources.map((s) => s.id));
    for (const citation of allCitations()) {
      expect(ids.has(citation.sourceId), citation.sourceId).toBe(true);
      for (const line of citation.lines ?? []) expect(line).toBeLessThanOrEqual(7);
    }
  });

  it('links every event to figures that exist', () => {
    const ids = new Set(allFigures().map((f) => f.id));
    for (const event of deal.events)
      for (const id of event.figureIds) expect(ids.has(id), `${event.id} -> ${id}`).toBe(true);
  });

  it('carries nothing from the unrelated teasers at the end of the article', () => {
    const text = JSON.stringify(entry).toLowerCase();
    for (const teaser of [
      'hornetsecurity',
      'azure',
      'beschaffung',
      'bug bounty',
      'feiertag',
      'check point',
      'quiz',
      '15 fragen',
    ]) {
      expect(text).not.toContain(teaser);
    }
  });
});

// A figure is public from the earliest date of a source that states it; where the data departs from
// that (an undated source, a market price, a filing known only by its month), its note says why.
describe('known as of, fact by fact', () => {
  const day = (date: string) => ({ precision: 'day', date });
  const sourceDate = (id: string) => deal.sources.find((s) => s.id === id)?.date;

  it('USD 380M: from Xinhua of 30 Apr 2013, the only source that gives it', () => {
    const usd = byId('projected-revenue-usd')!;
    expect(usd.sources.map((c) => sourceDate(c.sourceId))).toEqual(['2013-04-30']);
    expect(usd.publicOn).toEqual(day('2013-04-30'));
    expect(usd.note).toMatch(/Public from 30 Apr 2013: Xinhua/);
  });

  it('18 %: from 29 Apr 2013, technode’s day, whose USD 3.26B is USD 586M / 0.18', () => {
    const stake = byId('stake-acquired')!;
    expect(stake.publicOn).toEqual(day('2013-04-29'));
    expect(stake.sources.map((c) => sourceDate(c.sourceId))).toContain('2013-04-29');
    expect(stake.note).toMatch(/Public from 29 Apr 2013.*technode.*0\.18/);
  });

  it('USD 586M: from 29 Apr 2013, in phys.org’s title of that day', () => {
    const usd = byId('consideration-usd')!;
    expect(usd.publicOn).toEqual(day('2013-04-29'));
    expect(sourceDate('phys-org-2013-04-29')).toBe('2013-04-29');
    expect(usd.note).toMatch(/phys\.org/);
  });

  it('the 2014 terms: from 18 Mar 2014, the day Barron’s reported them, as the filing event is', () => {
    const filing = deal.events.find((e) => e.id === 'filing-2014-03')!;
    const later = deal.terms.laterOption!;
    expect(sourceDate('barrons-2014-03-18')).toBe('2014-03-18');
    // The filing is dated by its month only; it counts as public from the report's day.
    expect(filing.date).toEqual({ precision: 'month', date: '2014-03' });
    expect(filing.publicOn).toEqual(day('2014-03-18'));
    for (const figure of [later.ipoDiscount, later.valuationCapUsd]) {
      expect(figure.publicOn, figure.id).toEqual(day('2014-03-18'));
      expect(figure.note, figure.id).toMatch(/^Public from 18 Mar 2014, the day Barron’s reported it/);
    }
    expect(later.terms.publicOn).toEqual(day('2014-03-18'));
  });

  it('the market moves of 29 Apr 2013: public as they traded, whatever day the reports ran', () => {
    for (const id of ['sina-open-move', 'sina-close-move', 'sina-close-price']) {
      expect(byId(id)!.publicOn, id).toEqual(day('2013-04-29'));
      expect(byId(id)!.note, id).toMatch(/public as (it|they) traded/);
    }
  });

  it('the article’s own figures: from the announcement, because the article is undated', () => {
    expect(sourceDate('silicon-de')).toBeNull();
    for (const id of [
      'consideration',
      'cooperation-term',
      'projected-revenue',
      'projection-horizon',
      'option-ceiling',
    ]) {
      expect(byId(id)!.publicOn, id).toEqual(deal.announcedOn);
      expect(byId(id)!.note, id).toMatch(/The article is undated/);
    }
  });
});

// One row per row of ../shared/seed/FACTS.md (the project keeps its own copy of the data; these rows
// are transcribed from that table): value, unit, status, sources with their day or article line,
// the article's German words, and the day the figure became public.
describe('FACTS.md, row by row', () => {
  type Row = {
    id: string;
    value?: number;
    valueHigh?: number;
    unit?: Figure['unit'];
    qualifier?: Figure['qualifier'];
    sources: Record<string, number[] | string | null>;
    german?: string[];
    publicOn: { precision: 'day' | 'month'; date: string };
  };
  const deal29 = { precision: 'day', date: '2013-04-29' } as const;
  const article: Row[] = [
    {
      id: 'consideration',
      value: 450e6,
      unit: 'EUR',
      qualifier: 'exact',
      sources: { 'silicon-de': [1] },
      german: ['beläuft sich genauer auf 450 Millionen Euro'],
      publicOn: deal29,
    },
    {
      id: 'cooperation-term',
      value: 36,
      unit: 'months',
      qualifier: 'exact',
      sources: { 'silicon-de': [1] },
      german: ['zunächst drei Jahre währende Kooperation'],
      publicOn: deal29,
    },
    {
      id: 'projected-revenue',
      value: 290e6,
      unit: 'EUR',
      qualifier: 'about',
      sources: { 'silicon-de': [2] },
      german: ['für etwa 290 Millionen Euro zusätzlichen Umsatz sorgen'],
      publicOn: deal29,
    },
    {
      id: 'option-ceiling',
      value: 30,
      unit: 'percent',
      qualifier: 'exact',
      sources: { 'silicon-de': [3] },
      german: ['auf 30 Prozent auszubauen'],
      publicOn: deal29,
    },
    {
      id: 'stake-rumoured',
      value: 15,
      valueHigh: 20,
      unit: 'percent',
      qualifier: 'range',
      sources: { 'silicon-de': [5] },
      german: ['im Bereich 15 bis 20 Prozent', 'im November 2012'],
      publicOn: { precision: 'month', date: '2012-11' },
    },
    {
      id: 'registered-users-2012-11',
      value: 400e6,
      unit: 'users',
      qualifier: 'over',
      sources: { 'silicon-de': [6] },
      german: ['die 400 Millionen überschritten'],
      publicOn: { precision: 'month', date: '2012-11' },
    },
  ];
  const secondary: Row[] = [
    {
      id: 'consideration-usd',
      value: 586e6,
      unit: 'USD',
      qualifier: 'exact',
      sources: { 'xinhua-chinadaily-2013-04-30': '2013-04-30', 'phys-org-2013-04-29': '2013-04-29' },
      publicOn: deal29,
    },
    {
      id: 'stake-acquired',
      value: 18,
      unit: 'percent',
      qualifier: 'about',
      sources: { 'xinhua-chinadaily-2013-04-30': '2013-04-30', 'technode-2013-04-29': '2013-04-29' },
      publicOn: deal29,
    },
    {
      id: 'projected-revenue-usd',
      value: 380e6,
      unit: 'USD',
      qualifier: 'about',
      sources: { 'xinhua-chinadaily-2013-04-30': '2013-04-30' },
      publicOn: { precision: 'day', date: '2013-04-30' },
    },
    {
      id: 'implied-valuation-usd',
      value: 3.26e9,
      unit: 'USD',
      qualifier: 'about',
      sources: { 'technode-2013-04-29': '2013-04-29' },
      publicOn: deal29,
    },
    {
      id: 'registered-users-2013-02',
      value: 500e6,
      unit: 'users',
      qualifier: 'exact',
      sources: { 'technode-2013-04-29': '2013-04-29' },
      publicOn: { precision: 'month', date: '2013-02' },
    },
    {
      id: 'daily-active-users-2013-02',
      value: 47e6,
      unit: 'users',
      qualifier: 'exact',
      sources: { 'technode-2013-04-29': '2013-04-29' },
      publicOn: { precision: 'month', date: '2013-02' },
    },
    {
      id: 'sina-open-move',
      value: 19,
      unit: 'percent',
      qualifier: 'about',
      sources: { 'xinhua-chinadaily-2013-04-30': '2013-04-30' },
      publicOn: deal29,
    },
    {
      id: 'sina-close-move',
      value: 9.3,
      unit: 'percent',
      qualifier: 'exact',
      sources: { 'forbes-reposted': null },
      publicOn: deal29,
    },
    {
      id: 'sina-close-price',
      value: 55.03,
      unit: 'USD',
      qualifier: 'exact',
      sources: { 'forbes-reposted': null },
      publicOn: deal29,
    },
    {
      id: 'option-ipo-discount-2014',
      value: 15,
      unit: 'percent',
      qualifier: 'exact',
      sources: { 'barrons-2014-03-18': '2014-03-18' },
      publicOn: { precision: 'day', date: '2014-03-18' },
    },
    {
      id: 'option-valuation-cap-2014',
      value: 5.5e9,
      unit: 'USD',
      qualifier: 'exact',
      sources: { 'barrons-2014-03-18': '2014-03-18' },
      publicOn: { precision: 'day', date: '2014-03-18' },
    },
  ];
  const germanFigures = allFigures(
    localize(payload, 'de'),
    Object.values(entry.metrics).map((s) => localize(v.parse(MetricSeriesSchema, s), 'de')),
  );

  for (const row of [...article, ...secondary]) {
    it(`${row.id}: ${row.value}${row.valueHigh ? `-${row.valueHigh}` : ''} ${row.unit}, reported, public ${row.publicOn.date}`, () => {
      const figure = byId(row.id);
      expect(figure, row.id).toBeDefined();
      expect(figure).toMatchObject({
        value: row.value,
        unit: row.unit,
        qualifier: row.qualifier,
        status: 'reported',
        publicOn: row.publicOn,
      });
      if (row.valueHigh !== undefined) expect(figure!.valueHigh).toBe(row.valueHigh);
      for (const [sourceId, where] of Object.entries(row.sources)) {
        const citation = figure!.sources.find((c) => c.sourceId === sourceId);
        expect(citation, `${row.id} cites ${sourceId}`).toBeDefined();
        const source = deal.sources.find((s) => s.id === sourceId)!;
        if (Array.isArray(where)) for (const line of where) expect(citation!.lines, `${row.id} line`).toContain(line);
        else expect(source.date, `${sourceId}'s day`).toBe(where);
      }
      const originals = figure!.sources.map((c) => c.original ?? '').join(' ');
      for (const words of row.german ?? []) expect(originals, `${row.id} in the article's words`).toContain(words);
      // Every figure also has its German label, which is not the English one left in place.
      const de = germanFigures.find((f) => f.id === row.id) ?? (localize(payload, 'de') && undefined);
      if (de) expect(de.label).not.toBe(figure!.label);
    });
  }

  it('cooperation areas: four, each in the article’s words (line 2)', () => {
    const areas = payload.cooperation!.areas;
    expect(areas.map((a) => a.original)).toEqual([
      'Nutzerkonten verbinden',
      'bei Online-Bezahlmöglichkeiten kooperieren',
      'im Marketing',
      'bei der Suche nach neuen Geschäftsmodellen für Social Commerce',
    ]);
    expect(payload.cooperation!.sources).toEqual([{ sourceId: 'silicon-de', lines: [2] }]);
  });

  it('instruments, combined users, Chao’s quote: line 3 and 4, in the article’s words', () => {
    expect(payload.terms.instruments!.original).toContain('gewöhnlichen und Vorzugsaktien');
    expect(payload.terms.instruments!.sources[0].lines).toEqual([3]);
    expect(payload.claims[0].original).toBe('„hunderte Millionen User“');
    expect(payload.claims[0].sources[0].lines).toEqual([4]);
    expect(payload.quotes[0]).toMatchObject({ speaker: 'Charles Chao', publicOn: deal29 });
    expect(payload.quotes[0].original).toContain('natürlicher Partner für seine Firma');
    expect(payload.quotes[0].sources[0].lines).toEqual([4]);
  });

  it('the rumour (Nov 2012) and the denial (Feb 2013): line 5, in the article’s words', () => {
    const rumour = payload.events.find((e) => e.kind === 'rumour')!;
    const denial = payload.events.find((e) => e.kind === 'denial')!;
    expect(rumour.date).toEqual({ precision: 'month', date: '2012-11' });
    expect(denial.date).toEqual({ precision: 'month', date: '2013-02' });
    expect(denial.original).toContain('Noch im Februar kommentierte Sina ausdrücklich, dies sei falsch');
    expect([rumour.sources[0].lines, denial.sources[0].lines]).toEqual([[5], [5]]);
  });

  it('the announcement: 29 Apr 2013, from phys.org and technode of that day', () => {
    expect(payload.announcedOn).toEqual(deal29);
    expect(payload.announcedSources.map((c) => c.sourceId)).toEqual(['phys-org-2013-04-29', 'technode-2013-04-29']);
  });

  it('says every text in German too, with dollars as "US$", never a bare "$"', () => {
    const texts: string[] = [];
    JSON.stringify([payload, Object.values(entry.metrics)], (_key, value: unknown) => {
      if (value && typeof value === 'object' && 'de' in value && 'en' in value)
        texts.push((value as { de: string }).de);
      return value;
    });
    expect(texts.length).toBeGreaterThan(60);
    for (const text of texts) expect(text, text).not.toMatch(/(?<!US)\$/);
  });
});

// Words a careful reader would sign: none says more than its source (issue 19, point 5).
describe('words that do not overstate', () => {
  const de = localize(payload, 'de');
  const event = (id: string, d: Deal = deal) => d.events.find((e) => e.id === id)!;

  it('the option can be exercised (it never was), up to 30%, fully diluted', () => {
    expect(deal.terms.optionPrice!.text).toMatch(/^The option can be exercised at a mutually agreed price/);
    expect(de.terms.optionPrice!.text).toMatch(
      /^Die Option kann „zu einem gemeinsam vereinbarten Kurs“ ausgeübt werden/,
    );
    expect(deal.terms.optionCeiling!.label).toBe('Option ceiling (fully diluted)');
    expect(de.terms.optionCeiling!.label).toBe('Obergrenze der Option (voll verwässert)');
    expect(deal.terms.optionCeiling!.note).toContain('fully diluted (Xinhua)');
  });

  it('the rumour is called a rumour, and the November figure a report of a mark passed earlier', () => {
    expect(event('rumour-2012-11').summary).toMatch(/^Rumours say /);
    expect(event('results-2012-11').title).toBe('Sina reports over 400m registered Weibo users');
    expect(event('results-2012-11').summary).toContain('a mark passed around the London Olympics (Jul–Aug 2012)');
  });

  it('the filing discloses the option’s terms; it does not set them', () => {
    expect(event('filing-2014-03').title).toBe('Weibo’s IPO filing discloses the option’s terms');
    expect(event('filing-2014-03', de).title).toBe('Weibos Börsenprospekt nennt die Optionsbedingungen');
  });

  it('500m and 47m as technode gives them, plainly, in both languages', () => {
    expect(event('users-2013-02').summary).toBe('Weibo has 500m registered and 47m daily active users.');
    expect(event('users-2013-02', de).summary).toBe(
      'Weibo hat 500 Mio. registrierte und 47 Mio. täglich aktive Nutzer.',
    );
    expect(byId('registered-users-2013-02')!.qualifier).toBe('exact');
    expect(byId('daily-active-users-2013-02')!.qualifier).toBe('exact');
  });

  it('describes Sina only by what the cited lines say: no “operator”', () => {
    const sina = payload.parties.targetParent;
    expect(JSON.stringify(sina.description)).not.toMatch(/operator|Betreiber/i);
    expect(sina.sources.map((c) => [c.lines, c.original])).toEqual([
      [[4], 'Charles Chao, Chairman und CEO von Sina'],
      [[4], 'auf unserer sozialen Plattform'],
      [[6], 'Die letzten konkreten Nutzerzahlen hatte Sina im November anlässlich von Quartalszahlen genannt.'],
    ]);
    expect(sina.description.en).toContain('“our social platform”');
  });

  it('German texts say Stamm- und Vorzugsaktien, “an Weibo”, and quote with „…“, never with English marks', () => {
    expect(de.terms.instruments!.text).toBe(
      'Der Anteil besteht aus Stamm- und Vorzugsaktien; die Aufteilung wird nicht genannt.',
    );
    // The article's own words stay as it wrote them.
    expect(payload.terms.instruments!.original).toBe('eine Mischung aus gewöhnlichen und Vorzugsaktien');
    expect(event('deal-2013-04-29', de).summary).toContain('für rund 18 % an Weibo');
    const germanTexts: string[] = [];
    JSON.stringify([payload, Object.values(entry.metrics)], (_key, value: unknown) => {
      if (value && typeof value === 'object' && 'de' in value && 'en' in value)
        germanTexts.push((value as { de: string }).de);
      return value;
    });
    for (const text of germanTexts) {
      // Once every „…“ is taken out, no quotation mark is left: none is English.
      expect(text.replace(/„[^“”"]*“/g, ''), text).not.toMatch(/["“”]/);
      expect(text, text).not.toMatch(/gewöhnlichen|% von Weibo|Gerüchteweise|zum Schluss|an dem das Geschäft/);
    }
  });
});
