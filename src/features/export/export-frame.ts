// The frame every exported image stands in: a title and the view's lines above the body, the
// legends, notes, sources and permalink below it, so a picture pasted into a report reads on its
// own. Pure: it takes strings (already translated) and markup, and returns SVG text.
import { textWidth } from '../../lib/text-width';
import { escapeXml } from './svg-export';
import { EXPORT_FONT_FAMILY } from './fonts';

export interface ExportPalette {
  background: string;
  text: string;
  muted: string;
  rule: string;
}

/** `swatch` is SVG markup drawn in a 16x12 box at 0,0. */
export interface LegendItem {
  label: string;
  swatch: string;
}

export interface LegendGroup {
  heading: string;
  items: LegendItem[];
}

/** The frame's own words; the caller passes them translated. */
export interface FrameLabels {
  sources: string;
  viewOnline: string;
}

export interface FrameInput {
  /** The body's width in px; the frame is this wide. */
  width: number;
  title: string;
  /** Under the title: range, filters, as-of, currency ... */
  lines: string[];
  /** Body markup (an `<svg width height>` or a `<g>`), drawn below the header at x = 0. */
  body: { svg: string; height: number };
  /** Drawn under the body, wrapped to the width. */
  legends: LegendGroup[];
  /** For example the currency note, "3 titles hidden ...". */
  notes: string[];
  /** One entry per source, drawn under a "Sources:" heading. */
  sources: string[];
  /** Drawn as text: "View online: https://...". */
  permalink: string | null;
  /** When the file was made, in the reader's words ("Exported 7 Dec 2026, 19:05 UTC"): the frame's last line. */
  madeOn?: string;
  palette: ExportPalette;
  /** `@font-face` CSS to embed (fonts.ts). */
  fontCss: string;
  /** Extra `<defs>` content (hatch patterns). */
  defs?: string;
  /** English when not given. */
  labels?: Partial<FrameLabels>;
}

const DEFAULT_LABELS: FrameLabels = { sources: 'Sources', viewOnline: 'View online' };

export const FRAME_PAD = 8;
const TITLE_SIZE = 17;
const TITLE_LEADING = 22;
const LINE_SIZE = 12;
const LINE_LEADING = 16;
const SMALL_SIZE = 11;
const SMALL_LEADING = 15;
const LEGEND_ROW = 18;
const SWATCH_W = 16;
const SWATCH_H = 12;
const SWATCH_GAP = 5;
const ITEM_GAP = 14;

/** Breaks one word that is wider than `max` into pieces that fit, preferring URL separators. */
function breakWord(word: string, max: number, fontSize: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest && textWidth(rest, fontSize, bold) > max) {
    let cut = 1;
    while (cut < rest.length && textWidth(rest.slice(0, cut + 1), fontSize, bold) <= max) cut += 1;
    // Back up to just after a separator when one is in the second half of the piece.
    const separator = Math.max(...[...'/?&=-_.'].map((s) => rest.lastIndexOf(s, cut - 1)));
    if (separator >= cut / 2) cut = separator + 1;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** Splits text into lines no wider than `max` px, at spaces, breaking words that cannot fit. */
export function wrapToWidth(text: string, max: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  // Only ordinary spaces break a line: a no-break space ("450 Mio. €") stays as it is.
  for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize, bold) <= max) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const pieces = breakWord(word, max, fontSize, bold);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line) lines.push(line);
  return lines;
}

const n = (value: number) => String(Math.round(value * 100) / 100);

function text(x: number, y: number, content: string, size: number, fill: string, weight = 400): string {
  const bold = weight === 400 ? '' : ` font-weight="${weight}"`;
  return `<text x="${n(x)}" y="${n(y)}" font-size="${size}"${bold} fill="${escapeXml(fill)}">${escapeXml(content)}</text>`;
}

/** Lays the frame out and returns the whole file's SVG text and its size. */
export function frameExport(input: FrameInput): { svg: string; width: number; height: number } {
  const { palette } = input;
  const labels = { ...DEFAULT_LABELS, ...input.labels };
  const width = Math.max(Math.round(input.width), 160);
  const inner = width - 2 * FRAME_PAD;
  const parts: string[] = [];
  // y is the top of the next free band.
  let y = 6;

  for (const line of wrapToWidth(input.title, inner, TITLE_SIZE, true)) {
    y += TITLE_LEADING;
    parts.push(text(FRAME_PAD, y - 5, line, TITLE_SIZE, palette.text, 600));
  }
  for (const line of input.lines.flatMap((l) => wrapToWidth(l, inner, LINE_SIZE))) {
    y += LINE_LEADING;
    parts.push(text(FRAME_PAD, y - 4, line, LINE_SIZE, palette.muted));
  }
  y += 10;

  parts.push(`<g transform="translate(0,${n(y)})">${input.body.svg}</g>`);
  y += input.body.height;

  const hasFooter =
    input.legends.some((g) => g.items.length > 0) ||
    input.notes.length > 0 ||
    input.sources.length > 0 ||
    input.permalink !== null ||
    !!input.madeOn;
  if (hasFooter) {
    y += 8;
    parts.push(
      `<line x1="${FRAME_PAD}" y1="${n(y)}" x2="${width - FRAME_PAD}" y2="${n(y)}" stroke="${escapeXml(palette.rule)}" stroke-width="1"/>`,
    );
    y += 6;
  }

  for (const group of input.legends) {
    if (group.items.length === 0) continue;
    let x = FRAME_PAD;
    const headingWidth = textWidth(group.heading, SMALL_SIZE, true);
    parts.push(text(x, y + 13, group.heading, SMALL_SIZE, palette.muted, 600));
    x += headingWidth + ITEM_GAP - 4;
    // The tallest item of the current row sets where the next row starts.
    let rowHeight = LEGEND_ROW;
    for (const item of group.items) {
      const lines = wrapToWidth(item.label, inner - SWATCH_W - SWATCH_GAP, SMALL_SIZE);
      const labelWidth = Math.max(0, ...lines.map((line) => textWidth(line, SMALL_SIZE)));
      const itemWidth = SWATCH_W + SWATCH_GAP + labelWidth;
      if (x > FRAME_PAD && x + itemWidth > width - FRAME_PAD) {
        x = FRAME_PAD;
        y += rowHeight;
        rowHeight = LEGEND_ROW;
      }
      parts.push(
        `<g transform="translate(${n(x)},${n(y + (LEGEND_ROW - SWATCH_H) / 2)})">${item.swatch}</g>`,
        ...lines.map((line, i) =>
          text(x + SWATCH_W + SWATCH_GAP, y + 13 + i * SMALL_LEADING, line, SMALL_SIZE, palette.text),
        ),
      );
      rowHeight = Math.max(rowHeight, LEGEND_ROW + (lines.length - 1) * SMALL_LEADING);
      x += itemWidth + ITEM_GAP;
    }
    y += rowHeight - LEGEND_ROW;
    y += LEGEND_ROW + 2;
  }

  const small = (lines: string[], fill: string, weight = 400) => {
    for (const line of lines) {
      y += SMALL_LEADING;
      parts.push(text(FRAME_PAD, y - 4, line, SMALL_SIZE, fill, weight));
    }
  };
  if (input.notes.length > 0) {
    y += 2;
    small(
      input.notes.flatMap((note) => wrapToWidth(note, inner, SMALL_SIZE)),
      palette.text,
    );
  }
  if (input.sources.length > 0) {
    y += 4;
    small([`${labels.sources}:`], palette.muted, 600);
    small(
      input.sources.flatMap((source) => wrapToWidth(source, inner, SMALL_SIZE)),
      palette.muted,
    );
  }
  if (input.permalink !== null) {
    y += 4;
    const oneLine = `${labels.viewOnline}: ${input.permalink}`;
    // A URL that does not fit starts on its own line, so it breaks as few times as it can.
    if (textWidth(oneLine, SMALL_SIZE) <= inner) small([oneLine], palette.muted);
    else small([`${labels.viewOnline}:`, ...breakWord(input.permalink, inner, SMALL_SIZE, false)], palette.muted);
  }
  if (input.madeOn) {
    y += 4;
    small(wrapToWidth(input.madeOn, inner, SMALL_SIZE), palette.muted);
  }
  const height = Math.ceil(y + 8);

  const svg = [
    // The family on the root, inherited by every text: the frame's and the chart's, which sets none.
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(EXPORT_FONT_FAMILY)}">`,
    input.fontCss ? `<style>${input.fontCss}</style>` : '',
    input.defs ? `<defs>${input.defs}</defs>` : '',
    `<rect width="${width}" height="${height}" fill="${escapeXml(palette.background)}"/>`,
    ...parts,
    '</svg>',
  ].join('');
  return { svg, width, height };
}
