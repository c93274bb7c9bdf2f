// @vitest-environment node
import { seedIn } from '../../../test/seed';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { dealFigures } from '../../lib/figures';
import { DealEventSchema, FigureSchema, SourceSchema, type DealEvent } from '../../lib/schemas';

import { awkwardEvents, awkwardSources, seedEvents } from '../../../test/fixtures/awkward-events';
import { eventsToJson, type JsonExportInput } from './json';

const base: JsonExportInput = {
  dealId: 'alibaba-sina-weibo-2013',
  dealName: 'Alibaba „invests“ in Sina Weibo, 2013',
  language: 'en',
  range: { from: '2012-11-01', to: '2014-03-31' },
  kinds: ['rumour', 'announcement'],
  asOf: null,
  events: awkwardEvents,
  sources: awkwardSources,
};

const parse = (input: JsonExportInput) => JSON.parse(eventsToJson(input));

describe('eventsToJson', () => {
  it('writes pretty JSON indented by two spaces and ending with a newline', () => {
    const json = eventsToJson(base);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n')[1]).toBe('  "dealId": "alibaba-sina-weibo-2013",');
    expect(JSON.stringify(JSON.parse(json), null, 2) + '\n').toBe(json);
  });

  it('carries the deal, the range, the kinds, the as-of date and the event count', () => {
    const out = parse({ ...base, asOf: '2013-04-29' });
    expect(Object.keys(out)).toEqual([
      'dealId',
      'dealName',
      'language',
      'range',
      'kinds',
      'asOf',
      'exportedEvents',
      'events',
      'figures',
      'sources',
    ]);
    expect(out).toMatchObject({
      dealId: base.dealId,
      dealName: base.dealName,
      range: base.range,
      kinds: base.kinds,
      asOf: '2013-04-29',
      exportedEvents: awkwardEvents.length,
    });
    expect(parse(base).asOf).toBeNull();
  });

  it('gives back every event exactly, awkward text included, in the order given', () => {
    const out = parse(base);
    expect(out.events).toEqual(awkwardEvents);
    expect(parse({ ...base, events: seedEvents }).events).toEqual(seedEvents);
    expect(out.events[1].summary).toBe('First line\r\nsecond line\nthird line\rfourth line');
  });

  it('writes events and sources that the contract accepts, in the file’s one language, with no extra fields', () => {
    const extra = { ...awkwardEvents[0], highlighted: true, sources: [{ sourceId: 'silicon-de', pinned: 1 }] };
    const out = parse({ ...base, events: [extra as DealEvent, ...seedEvents] });
    // The contract carries each text in both languages; the file holds the reader's one.
    const both = (text: unknown) => (typeof text === 'string' ? { en: text, de: text } : text);
    const asContract = (e: DealEvent) => ({
      ...e,
      title: both(e.title),
      summary: both(e.summary),
      shortTitle: both(e.shortTitle),
    });
    for (const event of out.events) {
      expect(typeof event.title).toBe('string');
      const wrapped = JSON.parse(JSON.stringify(asContract(event)));
      expect(v.parse(v.strictObject(DealEventSchema.entries), wrapped)).toEqual(wrapped);
      for (const c of event.sources)
        expect(Object.keys(c).every((k) => ['sourceId', 'lines', 'original'].includes(k))).toBe(true);
    }
    for (const source of out.sources) {
      const wrapped = JSON.parse(JSON.stringify({ ...source, note: both(source.note) }));
      expect(v.parse(v.strictObject(SourceSchema.entries), wrapped)).toEqual(wrapped);
    }
  });

  it('lists only the cited sources, each once, in the order first cited', () => {
    const cite = (id: string, ...sourceIds: string[]): DealEvent => ({
      ...seedEvents[0],
      id,
      sources: sourceIds.map((sourceId) => ({ sourceId })),
    });
    const events = [
      cite('a', 'xinhua-chinadaily-2013-04-30'),
      cite('b', 'silicon-de', 'xinhua-chinadaily-2013-04-30', 'no-such-source'),
      cite('c', 'phys-org-2013-04-29', 'silicon-de'),
    ];
    const out = parse({ ...base, events });
    expect(out.sources.map((s: { id: string }) => s.id)).toEqual([
      'xinhua-chinadaily-2013-04-30',
      'silicon-de',
      'phys-org-2013-04-29',
    ]);
    expect(out.sources[1]).toEqual(awkwardSources.find((s) => s.id === 'silicon-de'));
  });

  it('writes an empty export with no sources', () => {
    const out = parse({ ...base, events: [] });
    expect(out).toMatchObject({ exportedEvents: 0, events: [], sources: [] });
  });

  it('includes the figures its events refer to, with their status, formula or assumption, and sources', () => {
    const deal = seedIn('en');
    const deal29 = deal.events.find((e) => e.id === 'deal-2013-04-29')!;
    const out = parse({ ...base, events: [deal29], figures: dealFigures(deal), sources: deal.sources });
    expect(out.figures.map((f: { id: string }) => f.id)).toEqual(deal29.figureIds);
    for (const figure of out.figures) {
      const wrapped = { ...figure, label: { en: figure.label, de: figure.label } };
      if (figure.note) wrapped.note = { en: figure.note, de: figure.note };
      expect(v.is(FigureSchema, wrapped), figure.id).toBe(true);
    }
    const stake = out.figures.find((f: { id: string }) => f.id === 'stake-acquired');
    expect(stake).toMatchObject({ status: 'reported', unit: 'percent' });
    // The figures' own sources are listed too (Xinhua reports the 18 %).
    expect(out.sources.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining([...new Set(out.figures.flatMap((f: DealEvent) => f.sources.map((c) => c.sourceId)))]),
    );
  });
});
