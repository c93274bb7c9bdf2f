// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseEmbedOptions } from './embed-options';
import { embedCodes, embedUrl, fullViewUrl, widgetState } from './embed-urls';
import { loadGerman } from '../../../test/german';

loadGerman();

const q = (text: string) => new URLSearchParams(text);

describe('embed options from the address', () => {
  it('accept only the known themes and locales', () => {
    expect(parseEmbedOptions(q('theme=dark&locale=de'))).toEqual({ theme: 'dark', locale: 'de' });
    const problems: { key: string; value: string }[] = [];
    expect(
      parseEmbedOptions(q('theme=%3Cscript%3Ealert(1)%3C/script%3E&locale=javascript:alert(1)'), problems),
    ).toEqual({
      theme: 'auto',
      locale: 'en',
    });
    expect(problems.map((p) => p.key)).toEqual(['theme', 'locale']);
  });

  it('treat a repeated key as malformed rather than picking one', () => {
    expect(parseEmbedOptions(q('theme=dark&theme=light'))).toEqual({ theme: 'auto', locale: 'en' });
  });
});

describe('widget state carried by an embed', () => {
  it('keeps what the widget uses and drops everything else', () => {
    const params = q('currency=USD&profile=ramp-up&valuation=5.5&from=2013-01-01&to=2013-06-30&utm=x&asof=2013-04-29');
    expect(widgetState(params, 'revenue').toString()).toBe('asof=2013-04-29&currency=USD&profile=ramp-up');
    expect(widgetState(params, 'option').toString()).toBe('asof=2013-04-29&currency=USD&valuation=5.5');
    expect(widgetState(params, 'timeline').toString()).toBe('asof=2013-04-29&from=2013-01-01&to=2013-06-30');
    expect(widgetState(params, 'kpis').toString()).toBe('asof=2013-04-29');
  });

  it.each([
    ['valuation=1e999', 'option'],
    ['valuation=-3', 'option'],
    ['valuation=99999999999', 'option'],
    ['valuation=javascript:alert(1)', 'option'],
    ['currency=%22%3E%3Cimg%20src%3Dx%3E', 'valuation'],
    ['profile=ramp-up&profile=front-loaded', 'revenue'],
    ['kinds=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'timeline'],
    ['event=javascript:alert(1)', 'timeline'],
    ['from=-99999-01-01', 'timeline'],
    ['asof=%3Cscript%3E', 'kpis'],
  ] as const)('drops hostile or malformed %s', (query, widget) => {
    const out = widgetState(q(query), widget).toString();
    expect(out).toBe('');
  });

  it('builds the link back to the full view from parsed values only', () => {
    expect(fullViewUrl('d', 'timeline', q('event=denial-2013-02&kinds=denial&x=%3Cscript%3E'))).toBe(
      '/deals/d/timeline?kinds=denial&event=denial-2013-02',
    );
    expect(fullViewUrl('d', 'option', q('valuation=javascript:alert(1)'))).toBe('/deals/d');
    // A German embed links to the German page.
    expect(fullViewUrl('d', 'stake', q('asof=2013-04-29'), 'de')).toBe('/de/deals/d?asof=2013-04-29');
    expect(fullViewUrl('a b', 'stake', q('asof=2013-04-29&currency=USD'))).toBe('/deals/a%20b?asof=2013-04-29');
  });

  it('writes an embed address with its look, encoded', () => {
    expect(
      embedUrl('https://deals.example', 'alibaba-sina-weibo-2013', 'stake', q('asof=2013-04-29'), {
        theme: 'dark',
        locale: 'de',
      }),
    ).toBe('https://deals.example/de/embed/alibaba-sina-weibo-2013/stake?asof=2013-04-29&theme=dark');
    expect(embedUrl('https://deals.example', 'a b/../c', 'kpis', q(''), { theme: 'evil', locale: 'xx' })).toBe(
      'https://deals.example/embed/a%20b%2F..%2Fc/kpis?theme=auto',
    );
  });
});

describe('embed codes', () => {
  it('name the frame with the widget’s title in the embed’s language', () => {
    const german = embedCodes('https://x.test/de/embed/a/timeline', 'https://x.test', 'timeline', 'de');
    expect(german.responsive).toContain('title="Zeitleiste"');
    expect(german.fixed).toContain('title="Zeitleiste"');
    expect(embedCodes('https://x.test/embed/a/kpis', 'https://x.test', 'kpis', 'en').fixed).toContain(
      'title="Key figures"',
    );
  });

  it('link a German view back to the German page', () => {
    expect(fullViewUrl('a', 'stake', new URLSearchParams('asof=2013-03-01'), 'de')).toBe('/de/deals/a?asof=2013-03-01');
  });
});
