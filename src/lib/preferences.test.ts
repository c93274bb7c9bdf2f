import { afterEach, describe, expect, it, vi } from 'vitest';
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
  const at = (path: string) => {
    const url = new URL(path, 'https://deals.example');
    return { pathname: url.pathname, search: url.search };
  };
  const store = (value: string) => localStorage.setItem('deal-dashboard:preferences', value);
  const browserLanguage = (language: string) => vi.spyOn(navigator, 'language', 'get').mockReturnValue(language);

  afterEach(() => localStorage.clear());

  it('reads an embed’s locale from its address, whatever the reader stored', () => {
    store('{"locale":"en","theme":"dark"}');
    expect(pageLocale(at('/embed/d1/stake?theme=dark&locale=de'))).toBe('de');
    store('{"locale":"de","theme":"dark"}');
    expect(pageLocale(at('/embed/d1/stake?locale=en'))).toBe('en');
  });

  it('gives an embed without a usable locale English, as the embed renders it', () => {
    store('{"locale":"de"}');
    browserLanguage('de-DE');
    expect(pageLocale(at('/embed/d1/stake'))).toBe('en');
    expect(pageLocale(at('/embed/d1/stake?locale=fr'))).toBe('en');
    expect(pageLocale(at('/embed/d1/stake?locale=de&locale=de'))).toBe('en');
  });

  it('uses the stored preference on the app’s pages', () => {
    browserLanguage('en-GB');
    store('{"locale":"de","theme":"light"}');
    expect(pageLocale(at('/deals/d1?locale=en'))).toBe('de');
    expect(pageLocale(at('/deals/d1/timeline'))).toBe('de');
  });

  it('ignores a malformed or unknown stored value and falls back to the browser’s language', () => {
    browserLanguage('de-AT');
    store('{"locale":');
    expect(pageLocale(at('/deals/d1'))).toBe('de');
    store('{"locale":"fr"}');
    expect(pageLocale(at('/deals/d1'))).toBe('de');
  });

  it('falls back to English for a browser language the app does not speak', () => {
    browserLanguage('fr-FR');
    expect(pageLocale(at('/deals/d1'))).toBe('en');
    browserLanguage('en-US');
    expect(pageLocale(at('/'))).toBe('en');
  });

  it('reads the current address by default', () => {
    browserLanguage('de-DE');
    expect(pageLocale()).toBe('de');
  });
});
