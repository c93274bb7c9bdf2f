// Text width without a DOM: layouts that must come out the same on screen, in an exported file
// and in a test (timeline labels, export frames) estimate widths from the characters alone.
// The estimate is on the wide side for Inter, so that two labels placed apart never touch.

const NARROW = new Set([..."ijl.,:;'|!`"]);
const SPACE_LIKE = new Set([' ', '\u00a0', '\u202f']);
const SEMI = new Set([...'ftr()[]{}-/"*']);
const WIDE = new Set([...'mwMW@']);

function charEm(ch: string): number {
  if (NARROW.has(ch)) return 0.3;
  if (SPACE_LIKE.has(ch)) return 0.3;
  if (SEMI.has(ch)) return 0.42;
  if (WIDE.has(ch)) return 0.92;
  if (ch >= '0' && ch <= '9') return 0.62;
  if (ch >= 'a' && ch <= 'z') return 0.58;
  if (ch >= 'A' && ch <= 'Z') return 0.72;
  return 0.72;
}

/** The width in pixels of `text` set in Inter at `fontSize`, a little on the wide side. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize * (bold ? 1.07 : 1);
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
