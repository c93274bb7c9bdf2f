// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n';
import { de } from './de';
import { loadGerman } from '../../../test/german';

loadGerman();

// Wordings a German financial journalist would not sign, each with what replaced it.
const NOT_SIGNED: [RegExp, string][] = [
  [/Was-wäre-wenn/, 'Szenariorechnung'],
  [/Option bis\b/, 'Obergrenze der Option'],
  [/verteilt auf \{/, 'a period, not a distribution: „Zeitraum: 36 Monate“, „über die 36 Monate“'],
  [/mit dem Paar/, 'Umrechnungsverhältnis'],
  [/sprechen zudem von „/, 'a quote keeps its case: „nennen zudem „hunderte Millionen User““'],
  [/Einreichung/, 'Pflichtmitteilung'],
  [/Ankündigung/, 'Bekanntgabe, for an announcement that happened'],
  [/Prozent von Weibo/, 'a stake is „an“ Weibo'],
  [/dementiert \{date\}/, '„im Februar 2013 dementiert“'],
  [/Permalink/, 'Dauerhafter Link'],
];

describe('German messages', () => {
  it.each(NOT_SIGNED)('never say %s (instead: %s)', (pattern) => {
    expect(Object.entries(de).filter(([, text]) => pattern.test(text))).toEqual([]);
  });

  it('quote with German marks „…“ only', () => {
    for (const [key, text] of Object.entries(de)) {
      expect(text, key).not.toMatch(/["«»”]/);
      // Every closing “ follows an opening „ of its own.
      expect(text.match(/„/g)?.length ?? 0, key).toBe(text.match(/“/g)?.length ?? 0);
      expect(text, key).not.toMatch(/“[^„]*“/);
    }
  });

  it('names kinds of event as the financial press does', () => {
    expect(translate('de', 'kind.announcement')).toBe('Bekanntgabe');
    expect(translate('de', 'kind.filing')).toBe('Pflichtmitteilung');
    expect(translate('de', 'kind.results')).toBe('Geschäftszahlen');
    expect(translate('de', 'option.title')).toBe('Szenariorechnung zur Option');
  });

  it('leaves the article’s quote in its own case', () => {
    expect(translate('de', 'users.claim', { source: 'silicon.de' })).toBe(
      'Beide Firmen nennen zudem „hunderte Millionen User“ (silicon.de): eine Behauptung, keine Zahl, daher nicht im Diagramm.',
    );
  });

  it('converts with the sources’ own ratio, in words a reader knows', () => {
    expect(
      translate('de', 'chart.currency.note', { values: 'x', usd: '586 Mio. US$', eur: '450 Mio. €', rate: '1,3' }),
    ).toBe(
      'Umgerechnet: x, mit dem Umrechnungsverhältnis, das die Quellen für dieselbe Zahlung nennen: 586 Mio. US$ = 450 Mio. € (1 EUR = 1,3 USD), nicht zum Marktkurs.',
    );
  });
});
