import { describe, expect, it } from 'vitest';
import { awkwardEvents, awkwardSources } from '../../../test/fixtures/awkward-events';
import { formatMoment } from '../../lib/format';
import { translate } from '../../lib/i18n';
import { eventsToCsv } from './csv';
import { frameExport } from './export-frame';
import { eventsToIcs } from './ics';
import { eventsToJson } from './json';

// Every file of a view says when it was made, from a moment passed in.
const NOW = new Date('2026-12-07T19:05:42Z');

describe('when an export was made', () => {
  it('is written in UTC, saying so, in each language', () => {
    expect(formatMoment(NOW, 'en')).toBe('7 Dec 2026, 19:05 UTC');
    expect(formatMoment(NOW, 'de')).toBe('7. Dez. 2026, 19:05 UTC');
    expect(translate('en', 'export.madeOn', { when: formatMoment(NOW, 'en') })).toBe('Exported 7 Dec 2026, 19:05 UTC');
  });

  it('is the last line of an exported picture’s frame', () => {
    const { svg } = frameExport({
      width: 400,
      title: 'Timeline',
      lines: [],
      body: { svg: '', height: 10 },
      legends: [],
      notes: [],
      sources: ['silicon.de'],
      permalink: 'https://example.org/x',
      madeOn: 'Exported 7 Dec 2026, 19:05 UTC',
      palette: { background: '#fff', text: '#111', muted: '#555', rule: '#ddd' },
      fontCss: '',
    });
    const texts = [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('text')].map(
      (t) => t.textContent,
    );
    expect(texts.at(-1)).toBe('Exported 7 Dec 2026, 19:05 UTC');
  });

  it('is the CSV’s last column, so that every row is still an event', () => {
    const csv = eventsToCsv(awkwardEvents, awkwardSources, 'de', '7. Dez. 2026, 19:05 UTC');
    const lines = csv.replace('\uFEFF', '').split('\r\n');
    expect(lines[0].endsWith(',Quellen,exportiert')).toBe(true);
    // Quoted for its comma.
    expect(lines[1].endsWith(',"7. Dez. 2026, 19:05 UTC"')).toBe(true);
  });

  it('is in the JSON as an ISO moment, and the calendar’s description', () => {
    const json = JSON.parse(
      eventsToJson({
        dealId: 'd',
        dealName: 'D',
        language: 'en',
        range: { from: '2013-01-01', to: '2013-12-31' },
        kinds: [],
        asOf: null,
        events: awkwardEvents,
        sources: awkwardSources,
        now: NOW,
      }),
    );
    expect(json.exportedAt).toBe('2026-12-07T19:05:42.000Z');
    const ics = eventsToIcs({
      dealId: 'd',
      dealName: 'D',
      events: awkwardEvents,
      sources: awkwardSources,
      now: NOW,
      locale: 'en',
      madeOn: 'Exported 7 Dec 2026\\, 19:05 UTC',
    });
    expect(ics).toContain('X-WR-CALDESC:Exported 7 Dec 2026\\\\\\, 19:05 UTC\r\n');
  });
});
