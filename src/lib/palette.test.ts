// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MISSING_COLOUR, resolvePalette } from './palette';

const THEME: Record<string, string> = {
  '--muted': ' #4a5363',
  '--reported': '#1d4ed8',
  '--cursor': 'rgb(29 78 216 / 8%)',
  '--kind': 'var(--reported)',
};
const read = (name: string) => THEME[name] ?? '';

describe('resolvePalette', () => {
  it('writes the colour of each variable in attributes and style attributes', () => {
    expect(
      resolvePalette('<text fill="var(--muted)" style="stroke: var(--reported); fill: var(--cursor)">', read),
    ).toBe('<text fill="#4a5363" style="stroke: #1d4ed8; fill: rgb(29 78 216 / 8%)">');
  });

  it('takes the page’s colour over a fallback, and the fallback for a variable the page does not set', () => {
    expect(resolvePalette('<rect fill="var(--reported, #000)" stroke="var(--unset, #c9cfd8)"/>', read)).toBe(
      '<rect fill="#1d4ed8" stroke="#c9cfd8"/>',
    );
    // A fallback may hold parentheses and variables of its own.
    expect(resolvePalette('<rect fill="var(--unset, var(--nor-this, rgb(1, 2, 3)))"/>', read)).toBe(
      '<rect fill="rgb(1, 2, 3)"/>',
    );
  });

  it('writes a plain default for a variable neither the page nor a fallback sets', () => {
    expect(resolvePalette('<line stroke="var(--unset)"/>', read)).toBe(`<line stroke="${MISSING_COLOUR}"/>`);
  });

  it('resolves a variable whose value is another variable', () => {
    expect(resolvePalette('<circle fill="var(--kind)"/>', read)).toBe('<circle fill="#1d4ed8"/>');
  });

  it('leaves no var() behind and touches nothing else', () => {
    const markup =
      '<svg><g class="recharts-layer"><path d="M0 0h10" fill="url(#status-derived)" stroke="var(--derived, #7e22ce)"/>' +
      '<text font-size="13" fill="var(--muted)">var-iance 12%</text></g></svg>';
    const out = resolvePalette(markup, read);
    expect(out).not.toContain('var(');
    expect(out).toBe(
      '<svg><g class="recharts-layer"><path d="M0 0h10" fill="url(#status-derived)" stroke="#7e22ce"/>' +
        '<text font-size="13" fill="#4a5363">var-iance 12%</text></g></svg>',
    );
  });
});
