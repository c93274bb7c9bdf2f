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
 * codes (day, month; rumour, …), and the German header says so.
 */
export function eventsToCsv(events: DealEvent[], sources: Source[], locale: Locale): string {
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
    ]);
  });
  return `\uFEFF${row(translate(locale, 'csv.header').split('|'))}${rows.join('')}`;
}
