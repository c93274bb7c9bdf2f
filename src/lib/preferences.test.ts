// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pageLocale, readStoredPreferences } from './preferences';

describe('readStoredPreferences', () => {
  it('keeps known values and drops anything else', () => {
    expect(readStoredPreferences('{"locale":"de","theme":"dark"}')).toEqual({ locale: 'de', theme: 'dark' });
    expect(readStoredPreferences('{"locale":"fr","theme":"<script>"}')).toEqual({});
    expect(readStoredPreferences('not json')).toEqual({});
    expect(readStoredPreferences('null')).toEqual({});
    expect(readStoredPreferences(null)).toEqual({});
  });
});

describe('pageLocale', () => {
  const at = (pathname: string) => ({ pathname });

  it('reads the language from the path: German under /de, English without a prefix', () => {
    expect(pageLocale(at('/de/deals/d1'))).toBe('de');
    expect(pageLocale(at('/de/embed/d1/stake'))).toBe('de');
    expect(pageLocale(at('/de'))).toBe('de');
    expect(pageLocale(at('/deals/d1'))).toBe('en');
    expect(pageLocale(at('/embed/d1/stake'))).toBe('en');
    expect(pageLocale(at('/'))).toBe('en');
  });

  it('takes a path that only starts with the letters for English', () => {
    expect(pageLocale(at('/deals/de'))).toBe('en');
    expect(pageLocale(at('/dex/deals'))).toBe('en');
  });
});
