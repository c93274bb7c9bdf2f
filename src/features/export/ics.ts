import { dateSpan } from '../../lib/dates';
import { formatPartialDate } from '../../lib/format';
import { translate, type Locale } from '../../lib/i18n';
import { citationDetail } from '../../lib/provenance';
import type { DealEvent, Source } from '../../lib/schemas';
import { slug } from './file-name';

export interface IcsExportInput {
  dealId: string;
  dealName: string;
  events: DealEvent[];
  sources: Source[];
  now: Date;
  /** When the file was made, in the reader's words: the calendar's description. */
  madeOn?: string;
  /** The reader's language: the file's own words (the events' texts are already in it). */
  locale: Locale;
}

const MAX_OCTETS = 75;
const CRLF = '\r\n';

/** RFC 5545 TEXT: backslash, semicolon, comma and every kind of line break escaped. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // TEXT allows no other control characters (tab is allowed).
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
  );
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets (not characters), never inside a character; lines end with CRLF. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      // The continuation's leading space counts towards its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.map((part) => `${part}${CRLF}`).join('');
}

function compactDay(isoDay: string): string {
  return isoDay.replace(/-/g, '');
}

// DTEND of an all-day event is exclusive: the day after the last day covered.
function dayAfter(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

// A calendar has no "some day in November": a month-precision event spans its month, and says so.
function monthOnly(event: DealEvent, locale: Locale): string | undefined {
  if (event.date.precision !== 'month') return undefined;
  return translate(locale, 'ics.monthOnly', { month: formatPartialDate(event.date, locale) });
}

function summary(event: DealEvent, locale: Locale): string {
  if (event.date.precision !== 'month') return event.title;
  return translate(locale, 'ics.summaryMonth', { title: event.title, month: formatPartialDate(event.date, locale) });
}

function description(event: DealEvent, sources: Source[], locale: Locale): string {
  const cited = event.sources.map((c) => citationDetail(c, sources, locale)).join('; ');
  return [monthOnly(event, locale), event.summary, event.original, translate(locale, 'ics.sources', { sources: cited })]
    .filter((part) => part !== undefined)
    .join('\n');
}

/** The events as an iCalendar file: one all-day VEVENT each, a month event spanning its month. */
export function eventsToIcs(input: IcsExportInput): string {
  const { dealId, dealName, events, sources, now, locale } = input;
  const domain = `${slug(dealId, 'deal')}.deal-dashboard`;
  const stamp = utcStamp(now);
  const used = new Set<string>();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//deal-dashboard//timeline//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(dealName)}`,
    ...(input.madeOn ? [`X-WR-CALDESC:${escapeText(input.madeOn)}`] : []),
  ];
  for (const event of events) {
    const base = slug(event.id, 'event');
    // Ids that differ only in characters the slug drops must still get distinct UIDs.
    let uid = base;
    for (let n = 2; used.has(uid); n++) uid = `${base}-${n}`;
    used.add(uid);
    const { start, end } = dateSpan(event.date);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}@${domain}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDay(start)}`,
      `DTEND;VALUE=DATE:${compactDay(dayAfter(end))}`,
      `SUMMARY:${escapeText(summary(event, locale))}`,
      `DESCRIPTION:${escapeText(description(event, sources, locale))}`,
      // A calendar shows its categories to the reader: the kind in the reader's words ("Gerücht").
      `CATEGORIES:${escapeText(translate(locale, `kind.${event.kind}`))}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('');
}
