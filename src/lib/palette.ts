// One drawing, two palettes: on screen a chart's SVG paints with the theme's CSS variables
// (`fill="var(--muted)"`), so it follows light, dark and print; a file has no page around it, so
// the same markup is written with the colours those variables have.

/** Reads a custom property's value where the drawing is shown ('' when unset). */
export type ReadVariable = (name: string) => string;

/** What a variable that neither the page nor a fallback sets is written as: plain, and visible. */
export const MISSING_COLOUR = '#000000';

/** Nested variables deeper than this are taken for a cycle. */
const MAX_DEPTH = 8;

/** The index of the parenthesis that closes the one before `from`, or -1. */
function closing(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The variable's name and its fallback, if any, from the inside of `var(...)`. */
function parts(inside: string): { name: string; fallback: string | null } {
  let depth = 0;
  for (let i = 0; i < inside.length; i += 1) {
    if (inside[i] === '(') depth += 1;
    else if (inside[i] === ')') depth -= 1;
    else if (inside[i] === ',' && depth === 0)
      return { name: inside.slice(0, i).trim(), fallback: inside.slice(i + 1).trim() };
  }
  return { name: inside.trim(), fallback: null };
}

function resolve(text: string, read: ReadVariable, depth: number): string {
  let out = '';
  let at = 0;
  for (let start = text.indexOf('var(', at); start >= 0; start = text.indexOf('var(', at)) {
    const end = closing(text, start + 4);
    if (end < 0) break;
    const { name, fallback } = parts(text.slice(start + 4, end));
    const value = read(name).trim() || fallback;
    const colour = value && depth < MAX_DEPTH ? resolve(value, read, depth + 1) : MISSING_COLOUR;
    out += text.slice(at, start) + colour;
    at = end + 1;
  }
  return out + text.slice(at);
}

/**
 * The drawing's markup with every `var(--name)` and `var(--name, fallback)` written as the colour
 * the page gives it (or the fallback, or MISSING_COLOUR): the file paints as the screen did.
 */
export function resolvePalette(markup: string, read: ReadVariable): string {
  return resolve(markup, read, 0);
}
