// Text width without a DOM: layouts that must come out the same on screen, in an exported file
// and in a test (timeline labels, export frames) estimate widths from the characters alone.
// The estimate is on the wide side for Inter, so that two labels placed apart never touch.

// Advance widths in em, rounded up from Inter's (and above DejaVu Sans', the fallback), so an
// estimate never undershoots.
const NARROW = new Set([..."ijlI.,:;'|!`()[]{} \u00a0\u202f"]);
const SEMI = new Set([...'frt-/"*']);
const WIDE = new Set([...'mwMW@%']);

function charEm(char: string): number {
  if (NARROW.has(char)) return 0.33;
  if (SEMI.has(char)) return 0.45;
  if (WIDE.has(char)) return 0.95;
  if (char >= '0' && char <= '9') return 0.66;
  if (char >= 'A' && char <= 'Z') return 0.74;
  if (char >= 'a' && char <= 'z') return 0.6;
  // Letters with accents, currency signs, anything else: as wide as an upper-case letter, or a
  // CJK glyph's full em.
  return char.codePointAt(0)! > 0x2e80 ? 1 : 0.74;
}

/** An estimate of `text`'s width in px set in Inter at `fontSize`, on the generous side. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * fontSize * (bold ? 1.06 : 1);
}

/**
 * The longest start of `text` that fits `maxWidth` with an ellipsis, cut at a word where one is
 * near; null when not even `minChars` characters fit.
 */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number, minChars = 6): string | null {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  const ellipsis = textWidth('…', fontSize);
  let width = 0;
  let fit = 0;
  for (const ch of chars) {
    const w = textWidth(ch, fontSize);
    if (width + w + ellipsis > maxWidth) break;
    width += w;
    fit += 1;
  }
  if (fit < minChars) return null;
  let cut = chars.slice(0, fit).join('');
  const space = cut.lastIndexOf(' ');
  // Prefer a whole word when that loses little.
  if (space >= minChars && space >= fit * 0.6) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,.:;·–-]+$/, '')}…`;
}

/** How many lines `text` takes when wrapped at spaces to `maxWidth` (a word longer than that: its own line). */
export function wrappedLines(text: string, maxWidth: number, fontSize: number): number {
  const space = textWidth(' ', fontSize);
  let lines = 1;
  let line = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const width = textWidth(word, fontSize);
    if (line > 0 && line + space + width > maxWidth) {
      lines += 1;
      line = width;
    } else line += (line > 0 ? space : 0) + width;
  }
  return lines;
}
