import { describe, expect, it } from 'vitest';
import { textWidth } from '../../lib/text-width';
import { frameExport, wrapToWidth, type FrameInput } from './export-frame';

const PALETTE = { background: '#ffffff', text: '#111111', muted: '#555555', rule: '#dddddd' };
const SWATCH = '<rect width="16" height="12" fill="#333"/>';

const input = (overrides: Partial<FrameInput> = {}): FrameInput => ({
  width: 400,
  title: 'Stake',
  lines: ['Known as of 1 May 2013'],
  body: { svg: '<svg width="400" height="200"></svg>', height: 200 },
  legends: [],
  notes: [],
  sources: [],
  permalink: null,
  palette: PALETTE,
  fontCss: '',
  ...overrides,
});

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const texts = (svg: string) => [...parse(svg).querySelectorAll('text')].map((t) => t.textContent ?? '');

describe('textWidth', () => {
  it('grows with the text and the font size', () => {
    expect(textWidth('ab', 12)).toBeGreaterThan(textWidth('a', 12));
    expect(textWidth('abc', 24)).toBeCloseTo(2 * textWidth('abc', 12));
    expect(textWidth('', 12)).toBe(0);
  });

  it('does not undershoot Inter: "Sources" at 11 px is at least 40 px wide', () => {
    // Inter Regular sets "Sources" at 11 px about 41 px wide.
    expect(textWidth('Sources', 11)).toBeGreaterThanOrEqual(41);
  });
});

describe('wrapToWidth', () => {
  it('keeps every line within the width, breaking a long URL', () => {
    const url = `https://example.org/${'deals/alibaba-sina-weibo-2013/'.repeat(6)}?asof=2013-05-01`;
    const lines = wrapToWidth(`View online: ${url}`, 200, 11);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(200);
    expect(lines.join('').replace('View online:', 'View online: ')).toBe(`View online: ${url}`);
  });
});

describe('wrapToWidth and no-break spaces', () => {
  it('keeps a no-break space, and never breaks a line there', () => {
    expect(wrapToWidth('450\u00a0Mio.\u00a0€', 400, 22)).toEqual(['450\u00a0Mio.\u00a0€']);
  });
});

describe('frameExport', () => {
  it('sets the width, height and viewBox and paints the background', () => {
    const { svg, width, height } = frameExport(input());
    const root = parse(svg).documentElement;
    expect(width).toBe(400);
    expect(root.getAttribute('width')).toBe('400');
    expect(root.getAttribute('height')).toBe(String(height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 400 ${height}`);
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe('#ffffff');
    expect(height).toBeGreaterThan(200);
  });

  it('grows taller as notes and sources wrap onto more lines', () => {
    const short = frameExport(input({ notes: ['Converted.'], sources: ['silicon.de'] }));
    const long = frameExport(
      input({
        notes: ['Converted from EUR at the rate of the day the figure was reported. '.repeat(6)],
        sources: ['silicon.de, "Alibaba kauft sich bei Sina Weibo ein", 30 April 2013. '.repeat(4)],
      }),
    );
    expect(long.height).toBeGreaterThan(short.height + 4 * 15);
    for (const line of texts(long.svg)) expect(textWidth(line, 11)).toBeLessThanOrEqual(400);
  });

  it('escapes every text it is given', () => {
    const hostile = '<script>alert("x")</script> & \'q\'';
    const { svg } = frameExport(
      input({
        title: hostile,
        lines: [hostile],
        legends: [{ heading: hostile, items: [{ label: hostile, swatch: SWATCH }] }],
        notes: [hostile],
        sources: [hostile],
        permalink: `https://example.org/?q=${hostile}`,
        labels: { sources: hostile, viewOnline: hostile },
      }),
    );
    expect(svg).not.toContain('<script');
    expect(parse(svg).querySelector('parsererror')).toBeNull();
    expect(texts(svg).join(' ')).toContain('<script>alert("x")</script>');
  });

  it('writes the permalink and each source as text, under translated headings', () => {
    const { svg } = frameExport(
      input({
        sources: ['silicon.de', 'Reuters, 29 April 2013'],
        permalink: 'https://deals.example/deals/alibaba-sina-weibo-2013?asof=2013-05-01',
        labels: { sources: 'Quellen', viewOnline: 'Online ansehen' },
      }),
    );
    const all = texts(svg);
    expect(all).toContain('Quellen:');
    expect(all).toContain('silicon.de');
    expect(all).toContain('Reuters, 29 April 2013');
    expect(all).toContain('Online ansehen:');
    const at = all.indexOf('Online ansehen:');
    expect(all.slice(at + 1).join('')).toBe('https://deals.example/deals/alibaba-sina-weibo-2013?asof=2013-05-01');
  });

  it('writes a permalink that fits on the line after its heading', () => {
    const url = 'https://deals.example/deals/x';
    const { svg } = frameExport(input({ width: 600, permalink: url }));
    expect(texts(svg)).toContain(`View online: ${url}`);
  });

  it('flows legend items left to right and wraps them within the width', () => {
    const items = ['reported', 'derived', 'modelled', 'converted from EUR', 'assumption'].map((label) => ({
      label,
      swatch: SWATCH,
    }));
    const narrow = frameExport(input({ width: 180, legends: [{ heading: 'Status', items }] }));
    const wide = frameExport(input({ width: 800, legends: [{ heading: 'Status', items }] }));
    const positions = (svg: string) =>
      [...parse(svg).querySelectorAll('g[transform^="translate("]')].slice(1).map((g) =>
        g
          .getAttribute('transform')!
          .match(/translate\(([\d.]+),([\d.]+)\)/)!
          .slice(1)
          .map(Number),
      );
    const narrowAt = positions(narrow.svg);
    expect(narrowAt).toHaveLength(5);
    expect(new Set(narrowAt.map(([, y]) => y)).size).toBeGreaterThan(1);
    narrowAt.forEach(([x], i) => {
      const label = items[i].label;
      expect(x + 16 + 5 + textWidth(label, 11)).toBeLessThanOrEqual(180 - 8);
    });
    expect(new Set(positions(wide.svg).map(([, y]) => y)).size).toBe(1);
    expect(narrow.height).toBeGreaterThan(wide.height);
  });

  it('wraps a legend label wider than the frame onto more lines, inside the width', () => {
    const label = 'Derived: computed from reported numbers by the formula shown, never a market rate.';
    const { svg, height } = frameExport(
      input({ width: 220, legends: [{ heading: 'Fills', items: [{ label, swatch: SWATCH }] }] }),
    );
    const lines = texts(svg).filter((line) => label.includes(line) && line.length > 3);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(8 + 16 + 5 + textWidth(line, 11)).toBeLessThanOrEqual(220 - 8);
    expect(height).toBeGreaterThan(frameExport(input({ width: 220 })).height + 3 * 15);
  });

  it('embeds the font CSS and the extra defs', () => {
    const { svg } = frameExport(input({ fontCss: '@font-face{font-family:Inter}', defs: '<pattern id="p"/>' }));
    expect(svg).toContain('@font-face{font-family:Inter}');
    expect(parse(svg).querySelector('defs pattern#p')).not.toBeNull();
  });
});
