// @vitest-environment node
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { translate } from '../../lib/i18n';
import { citationDetail } from '../../lib/provenance';
import type { DealEvent } from '../../lib/schemas';
import { awkwardEvents, awkwardSources, longUmlautSummary, seedEvents } from '../../../test/fixtures/awkward-events';
import { escapeText, eventsToIcs, foldLine, type IcsExportInput } from './ics';
import { loadGerman } from '../../../test/german';

loadGerman();

const NOW = new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678));
const base: IcsExportInput = {
  dealId: 'alibaba-sina-weibo-2013',
  dealName: 'Alibaba, Sina; „Weibo“ \\ 2013',
  events: awkwardEvents,
  sources: awkwardSources,
  now: NOW,
  locale: 'en',
};

const octets = (line: string) => new TextEncoder().encode(line).length;
const physicalLines = (ics: string) => ics.split('\r\n').slice(0, -1);
const unfold = (ics: string) => physicalLines(ics.replace(/\r\n[ \t]/g, ''));
const unescape = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const monthName = (event: DealEvent) =>
  `${MONTHS[Number(event.date.date.slice(5, 7)) - 1]} ${event.date.date.slice(0, 4)}`;

/**
 * The description the spec asks for, one part per line: for a month-precision event first that
 * only the month is known, then the summary, the German original and "Sources: …".
 */
function expectedDescription(event: DealEvent): string {
  const cited = event.sources.map((c) => citationDetail(c, awkwardSources, 'en')).join('; ');
  const month =
    event.date.precision === 'month'
      ? `Only the month is known (${monthName(event)}): this entry spans the whole month; the day is not known.`
      : undefined;
  const parts = [month, event.summary.replace(/\r\n|\r/g, '\n'), event.original, `Sources: ${cited}`];
  return parts.filter((p) => p !== undefined).join('\n');
}

/** A month-precision event's title says that the day is not known. */
const expectedSummary = (event: DealEvent) =>
  event.date.precision === 'month' ? `${event.title} (${monthName(event)}, day not known)` : event.title;

function parsedEvents(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('escapeText', () => {
  it('escapes backslash, semicolon and comma, and turns every line break into \\n', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(unescape(escapeText('„x“; y, z\\'))).toBe('„x“; y, z\\');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds the 76th onto a continuation line', () => {
    expect(foldLine('x'.repeat(75))).toBe(`${'x'.repeat(75)}\r\n`);
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x\r\n`);
  });

  it('counts octets, not characters, and never splits a character', () => {
    for (const line of [`DESCRIPTION:${'ü'.repeat(100)}`, `SUMMARY:${'🚀'.repeat(60)}`, `X:${'€'.repeat(80)}`]) {
      const lines = physicalLines(foldLine(line));
      expect(lines.length).toBeGreaterThan(1);
      for (const l of lines) {
        expect(octets(l)).toBeLessThanOrEqual(75);
        // A split surrogate pair would not survive encoding to UTF-8 and back.
        expect(new TextDecoder().decode(new TextEncoder().encode(l))).toBe(l);
      }
      expect(lines.join('\r\n').replace(/\r\n /g, '')).toBe(line);
    }
  });
});

describe('eventsToIcs', () => {
  const ics = eventsToIcs(base);

  it('wraps the events in a published Gregorian calendar named after the deal', () => {
    const lines = unfold(ics);
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//deal-dashboard//timeline//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    const name = lines.find((l) => l.startsWith('X-WR-CALNAME:'))?.slice('X-WR-CALNAME:'.length);
    expect(unescape(name ?? '')).toBe(base.dealName);
  });

  it('ends every line with CRLF and keeps every physical line within 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of physicalLines(ics)) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(octets(line), line).toBeLessThanOrEqual(75);
    }
  });

  it('restores the 300-character umlaut summary exactly when unfolded', () => {
    expect(longUmlautSummary).toHaveLength(300);
    const raw = ics.split('\r\n');
    expect(raw.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(8);
    const descriptions = unfold(ics).filter((l) => l.startsWith('DESCRIPTION:'));
    const long = awkwardEvents.findIndex((e) => e.id === 'long-2012-02');
    const text = unescape(descriptions[long].slice('DESCRIPTION:'.length));
    expect(text).toBe(expectedDescription(awkwardEvents[long]));
    expect(text).toContain(`${longUmlautSummary}\n${longUmlautSummary}\nSources: `);
  });

  it('parses with ical.js, giving back each title and description', () => {
    const parsed = parsedEvents(ics);
    expect(parsed).toHaveLength(awkwardEvents.length);
    awkwardEvents.forEach((event, i) => {
      expect(parsed[i].summary, event.id).toBe(expectedSummary(event));
      expect(parsed[i].description, event.id).toBe(expectedDescription(event));
      expect(parsed[i].component.getFirstPropertyValue('categories'), event.id).toBe(
        translate('en', `kind.${event.kind}`),
      );
    });
  });

  it('writes the summary, the German original and the sources on their own lines', () => {
    const denial = seedEvents.find((e) => e.id === 'denial-2013-02') as DealEvent;
    const [parsed] = parsedEvents(eventsToIcs({ ...base, events: [denial] }));
    expect(parsed.summary).toBe('Sina denies the rumour (Feb 2013, day not known)');
    expect(parsed.description.split('\n')).toEqual([
      'Only the month is known (Feb 2013): this entry spans the whole month; the day is not known.',
      denial.summary,
      denial.original,
      'Sources: silicon.de (German article, undated) · primary source · line 5',
    ]);
  });

  it('writes its own words in German in a German calendar', () => {
    const denial = seedEvents.find((e) => e.id === 'denial-2013-02') as DealEvent;
    const [parsed] = parsedEvents(eventsToIcs({ ...base, events: [denial], locale: 'de' }));
    expect(parsed.summary).toBe(`${denial.title} (Feb. 2013, Tag nicht bekannt)`);
    const lines = parsed.description.split('\n');
    expect(lines[0]).toBe(
      'Nur der Monat ist bekannt (Feb. 2013): Der Eintrag umfasst den ganzen Monat, der Tag ist nicht bekannt.',
    );
    expect(lines.at(-1)).toBe('Quellen: silicon.de (deutscher Artikel, undatiert) · Primärquelle · Zeile 5');
    expect(parsed.description).not.toMatch(/day not known|Only the month|Sources:|title not given/);
  });

  it('makes a day event an all-day event ending the next day', () => {
    const [day] = parsedEvents(eventsToIcs({ ...base, events: [seedEvents.find((e) => e.id === 'deal-2013-04-29')!] }));
    expect(day.startDate.isDate).toBe(true);
    expect(day.startDate.toString()).toBe('2013-04-29');
    expect(day.endDate.toString()).toBe('2013-04-30');
    expect(unfold(eventsToIcs({ ...base, events: [awkwardEvents[0]] }))).toContain('DTEND;VALUE=DATE:20130430');
  });

  it('makes a month event cover its whole month, across a year end and a leap day', () => {
    const month = (date: string): DealEvent => ({ ...seedEvents[0], date: { precision: 'month', date } });
    const cases = [
      ['2013-02', '2013-02-01', '2013-03-01'],
      ['2012-02', '2012-02-01', '2012-03-01'],
      ['2012-12', '2012-12-01', '2013-01-01'],
    ];
    for (const [date, start, end] of cases) {
      const [event] = parsedEvents(eventsToIcs({ ...base, events: [month(date)] }));
      expect(event.startDate.isDate, date).toBe(true);
      expect([event.startDate.toString(), event.endDate.toString()], date).toEqual([start, end]);
    }
    expect(unfold(eventsToIcs({ ...base, events: [month('2013-02')] }))).toEqual(
      expect.arrayContaining(['DTSTART;VALUE=DATE:20130201', 'DTEND;VALUE=DATE:20130301']),
    );
  });

  it('stamps every event with the export time in UTC', () => {
    const stamps = unfold(ics).filter((l) => l.startsWith('DTSTAMP:'));
    expect(stamps).toHaveLength(awkwardEvents.length);
    expect(new Set(stamps)).toEqual(new Set(['DTSTAMP:20240102T030405Z']));
  });

  it('gives every event a unique, sanitised UID under the deal', () => {
    const hostile = ['../x', '<script>', 'Ä Ö', 'same!', 'same?', 'same-2', ''].map((id) => ({ ...seedEvents[0], id }));
    const uids = unfold(eventsToIcs({ ...base, dealId: '../Alibaba Sina', events: hostile }))
      .filter((l) => l.startsWith('UID:'))
      .map((l) => l.slice(4));
    expect(uids).toHaveLength(hostile.length);
    expect(new Set(uids).size).toBe(hostile.length);
    for (const uid of uids) expect(uid).toMatch(/^[a-z0-9-]+@alibaba-sina\.deal-dashboard$/);
    expect(parsedEvents(ics).map((e) => e.uid)).toEqual(
      awkwardEvents.map((e) => `${e.id.replace(/^-/, '')}@${base.dealId}.deal-dashboard`),
    );
  });
});
