import { dateSpan } from '../../lib/dates';
import { translate, type Locale } from '../../lib/i18n';
import { citationLabel } from '../../lib/provenance';
import type { DealEvent, Source } from '../../lib/schemas';

// Spreadsheets run a cell that starts with one of these as a formula (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One RFC 4180 field: formula-guarded first, then quoted (quotes doubled) when it has to be. */
export function csvCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

function row(cells: string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/**
 * The events as CSV, in the order given; the BOM makes spreadsheet programs read it as UTF-8. The
 * header is in the reader's language; the precision and kind columns keep their machine-readable
 * codes (day, month; rumour, …), and the German header says so. When given, `exported` (when the
 * file was made: "7 Dec 2026, 19:05 UTC") is a last column of every row: a row after the events
 * would read as one more event to every program that reads the file.
 */
export function eventsToCsv(events: DealEvent[], sources: Source[], locale: Locale, exported?: string): string {
  const rows = events.map((event) => {
    const { start, end } = dateSpan(event.date);
    return row([
      event.id,
      start,
      end,
      event.date.precision,
      event.kind,
      event.title,
      event.summary,
      event.original ?? '',
      event.sources.map((c) => citationLabel(c, sources, locale)).join('; '),
      ...(exported ? [exported] : []),
    ]);
  });
  const header = translate(locale, 'csv.header').split('|');
  return `\uFEFF${row(exported ? [...header, translate(locale, 'csv.exported')] : header)}${rows.join('')}`;
}
