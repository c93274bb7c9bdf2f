// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dateSpan } from '../../lib/dates';
import type { Locale } from '../../lib/i18n';
import { citationLabel } from '../../lib/provenance';
import type { DealEvent, Source } from '../../lib/schemas';
import { awkwardEvents, awkwardSources, seedEvents } from '../../../test/fixtures/awkward-events';
import { csvCell, eventsToCsv } from './csv';
import { loadGerman } from '../../../test/german';

loadGerman();

const BOM = '\uFEFF';
const HEADER = ['id', 'start', 'end', 'precision', 'kind', 'title', 'summary', 'original', 'sources'];

/** A strict RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; rows end with CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let closed = false;
  const endField = () => {
    row.push(field);
    field = '';
    closed = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[++i];
      else [quoted, closed] = [false, true];
    } else if (c === ',') {
      endField();
    } else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else if (closed) {
      throw new Error(`text after a closing quote at ${i}`);
    } else if (c === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`bare line break at ${i}`);
    } else {
      field += c;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) throw new Error('last row does not end with CRLF');
  return rows;
}

// The formula guard as the spec states it, to derive each expected cell from the event.
const guard = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

function expectedRow(event: DealEvent, sources: Source[], locale: Locale): string[] {
  const { start, end } = dateSpan(event.date);
  const cited = event.sources.map((c) => citationLabel(c, sources, locale)).join('; ');
  const cells = [event.id, start, end, event.date.precision, event.kind, event.title, event.summary];
  return [...cells, event.original ?? '', cited].map(guard);
}

function read(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  return parseCsv(csv.slice(BOM.length));
}

describe('csvCell', () => {
  it('leaves a plain field as it is', () => {
    expect(csvCell('Sina denies the rumour')).toBe('Sina denies the rumour');
    expect(csvCell('')).toBe('');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('quotes a field that holds a comma', () => {
    expect(csvCell('USD 55.03, up 9.3 %')).toBe('"USD 55.03, up 9.3 %"');
  });

  it('doubles the double quotes inside a quoted field', () => {
    expect(csvCell('He said "no"')).toBe('"He said ""no"""');
  });

  it('quotes a field that holds a line break or leading or trailing space', () => {
    for (const value of ['a\r\nb', 'a\nb', 'a\rb', ' lead', 'trail ']) {
      expect(csvCell(value), JSON.stringify(value)).toBe(`"${value}"`);
    }
  });

  it('leaves German quotes and apostrophes unquoted', () => {
    expect(csvCell("„nein“ ‘ja’ Sina's")).toBe("„nein“ ‘ja’ Sina's");
  });

  it('puts an apostrophe before a cell a spreadsheet would run as a formula', () => {
    for (const value of ['=1+1', '+49 30', '-5', '@SUM(A1)']) {
      expect(csvCell(value), value).toBe(`'${value}`);
    }
  });

  it('guards before quoting, so the apostrophe sits inside the quotes', () => {
    expect(csvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
  });
});

describe('eventsToCsv', () => {
  it('starts with a BOM and a header row, and a file with no events holds only the header', () => {
    expect(eventsToCsv([], awkwardSources, 'en')).toBe(`${BOM}${HEADER.join(',')}\r\n`);
  });

  it('writes a German header in a German file, and says which columns hold codes', () => {
    expect(read(eventsToCsv([], awkwardSources, 'de'))[0]).toEqual([
      'ID',
      'Beginn',
      'Ende',
      'Genauigkeit (Code: day, month)',
      'Art (Code: rumour, denial, results, announcement, filing, market)',
      'Titel',
      'Zusammenfassung',
      'Originalwortlaut',
      'Quellen',
    ]);
  });

  it('ends every row with CRLF and leaves no bare line break outside quotes', () => {
    const csv = eventsToCsv(awkwardEvents, awkwardSources, 'en');
    expect(csv.endsWith('\r\n')).toBe(true);
    // parseCsv throws on a bare CR or LF outside a quoted field.
    expect(() => read(csv)).not.toThrow();
  });

  it('round-trips every awkward cell exactly, after the formula guard', () => {
    const rows = read(eventsToCsv(awkwardEvents, awkwardSources, 'en'));
    expect(rows).toHaveLength(awkwardEvents.length + 1);
    expect(rows[0]).toEqual(HEADER);
    awkwardEvents.forEach((event, i) => {
      expect(rows[i + 1], event.id).toEqual(expectedRow(event, awkwardSources, 'en'));
    });
  });

  it('round-trips the seed deal in the order given', () => {
    const reversed = [...seedEvents].reverse();
    const rows = read(eventsToCsv(reversed, awkwardSources, 'de'));
    expect(rows.slice(1).map((r) => r[0])).toEqual(reversed.map((e) => e.id));
    reversed.forEach((event, i) => expect(rows[i + 1], event.id).toEqual(expectedRow(event, awkwardSources, 'de')));
  });

  it('keeps the guarded formulas and the embedded line breaks', () => {
    const rows = read(eventsToCsv(awkwardEvents, awkwardSources, 'en'));
    const formula = rows.find((r) => r[0] === 'formula-2012-12');
    expect(formula?.slice(5, 8)).toEqual([
      '\'=HYPERLINK("http://evil.example","click")',
      "'+49 30 1234, call now",
      "'@SUM(A1:A2)",
    ]);
    const breaks = rows.find((r) => r[0] === 'line-breaks-2013-02');
    expect(breaks?.[6]).toBe('First line\r\nsecond line\nthird line\rfourth line');
    expect(rows.find((r) => r[0] === "'-dash-2013-05-01")?.[5]).toBe("'-5 % and\tmore");
  });

  it('gives a month its whole span and a day its own day', () => {
    const rows = read(eventsToCsv(awkwardEvents, awkwardSources, 'en'));
    const span = (id: string) => rows.find((r) => r[0] === id)?.slice(1, 4);
    expect(span('line-breaks-2013-02')).toEqual(['2013-02-01', '2013-02-28', 'month']);
    expect(span('long-2012-02')).toEqual(['2012-02-01', '2012-02-29', 'month']);
    expect(span('quotes-2013-04-29')).toEqual(['2013-04-29', '2013-04-29', 'day']);
  });

  it('names the sources in the chosen language, joined with "; "', () => {
    const quotes = awkwardEvents.filter((e) => e.id === 'quotes-2013-04-29');
    expect(read(eventsToCsv(quotes, awkwardSources, 'en'))[1][8]).toBe(
      'silicon.de, line 5; Müller, Schmidt & „Partner“, 14 Feb 2013',
    );
    expect(read(eventsToCsv(quotes, awkwardSources, 'de'))[1][8]).toMatch(/^silicon\.de, Zeile 5; Müller/);
  });
});
