import { act, render, screen } from '@testing-library/react';
import { Suspense, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { IntlMessageFormat } from 'intl-messageformat';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { en, translate, whatValues, type MessageKey, type Translate, type WhatKey } from './i18n';
import { de } from './messages/de';

// test/setup.ts loads German for every test file: these tests take a fresh copy of the module,
// in which only English is there yet.
async function freshI18n() {
  vi.resetModules();
  return import('./i18n');
}

afterEach(() => {
  vi.doUnmock('./messages/de');
});

describe('loadLocale', () => {
  it('has English from the start and needs nothing to load for it', async () => {
    const { isLocaleLoaded, loadLocale, translate } = await freshI18n();
    expect(isLocaleLoaded('en')).toBe(true);
    expect(loadLocale('en')).toBe(loadLocale('en'));
    expect(translate('en', 'figure.about', { value: '€1m' })).toBe('about €1m');
  });

  it('loads German once: every call gets the same promise, and German text after it', async () => {
    const { isLocaleLoaded, loadLocale, translate } = await freshI18n();
    expect(isLocaleLoaded('de')).toBe(false);
    // Not loaded yet: outside React, German reads the English fallback rather than failing.
    expect(translate('de', 'prefs.locale')).toBe('Language');

    const first = loadLocale('de');
    expect(loadLocale('de')).toBe(first);
    await first;
    expect(loadLocale('de')).toBe(first);
    expect(isLocaleLoaded('de')).toBe(true);
    expect(translate('de', 'prefs.locale')).toBe('Sprache');
    expect(translate('de', 'figure.about', { value: '1 Mio. €' })).toBe('etwa 1 Mio. €');
  });

  it('a failed load rejects, leaves English in use, and is tried again on the next call', async () => {
    vi.doMock('./messages/de', () => {
      throw new Error('offline');
    });
    const { isLocaleLoaded, loadLocale, translate, usableLocale } = await freshI18n();
    expect(usableLocale('de')).toBe('de');
    const failed = loadLocale('de');
    await expect(failed).rejects.toThrow();
    expect(isLocaleLoaded('de')).toBe(false);
    expect(usableLocale('de')).toBe('en');
    expect(translate('de', 'prefs.locale')).toBe('Language');

    vi.doUnmock('./messages/de');
    const retry = loadLocale('de');
    expect(retry).not.toBe(failed);
    await retry;
    expect(usableLocale('de')).toBe('de');
    expect(translate('de', 'prefs.locale')).toBe('Sprache');
  });
});

/**
 * Renders as main.tsx does, outside React's test `act` (which would hold back the retry after a
 * suspension until it is awaited), so the test sees each commit the reader would.
 */
function renderLikeTheApp(ui: ReactNode) {
  const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const before = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  root.render(ui);
  onTestFinished(() => {
    root.unmount();
    container.remove();
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = before;
  });
  return container;
}

describe('useT', () => {
  it('suspends until the dictionary is here, so German never shows in English first', async () => {
    const { LocaleContext, useT } = await freshI18n();
    const seen: string[] = [];
    function Label() {
      const text = useT()('prefs.locale');
      seen.push(text);
      return <span>{text}</span>;
    }
    const container = renderLikeTheApp(
      <LocaleContext.Provider value="de">
        <Suspense fallback={<span>loading</span>}>
          <Label />
        </Suspense>
      </LocaleContext.Provider>,
    );
    await vi.waitFor(() => expect(container).toHaveTextContent('loading'));
    await vi.waitFor(() => expect(container).toHaveTextContent('Sprache'));
    expect(seen).not.toContain('Language');
  });

  it('with no Suspense boundary above, the first paint waits for the dictionary, without an error', async () => {
    const { LocaleContext, useT } = await freshI18n();
    const seen: string[] = [];
    function Title() {
      const text = useT()('app.skip');
      seen.push(text);
      return <h1>{text}</h1>;
    }
    const errors = vi.spyOn(console, 'error');
    const container = renderLikeTheApp(
      <LocaleContext.Provider value="de">
        <Title />
      </LocaleContext.Provider>,
    );
    await vi.waitFor(() => expect(container).toHaveTextContent('Zum Inhalt springen'));
    expect(seen).not.toContain('Skip to the content');
    expect(errors).not.toHaveBeenCalled();
  });

  it('shows English when the dictionary cannot load, instead of failing the page', async () => {
    vi.doMock('./messages/de', () => {
      throw new Error('offline');
    });
    const { LocaleContext, useT } = await freshI18n();
    function Title() {
      return <h1>{useT()('app.skip')}</h1>;
    }
    const container = renderLikeTheApp(
      <LocaleContext.Provider value="de">
        <Suspense fallback={<span>loading</span>}>
          <Title />
        </Suspense>
      </LocaleContext.Provider>,
    );
    await vi.waitFor(() => expect(container).toHaveTextContent('Skip to the content'));
  });
});

describe('PreferencesProvider.setLocale', () => {
  // The page's language comes from its address; the harness stands in for the app's navigation.
  async function renderSwitcher({ preload = false, at = 'en' as 'en' | 'de' } = {}) {
    vi.resetModules();
    const { PreferencesProvider, usePreferences } = await import('./preferences');
    const { loadLocale, useT } = await import('./i18n');
    // As main.tsx does: the page's locale is fetched (or failed) before the first render.
    if (preload) await loadLocale('de').catch(() => {});
    function Switcher() {
      const t = useT();
      const { locale, setLocale } = usePreferences();
      return (
        <button type="button" data-locale={locale} onClick={() => setLocale('de')}>
          {t('prefs.locale')}
        </button>
      );
    }
    function Page() {
      const [locale, setLocale] = useState(at);
      return (
        <PreferencesProvider locale={locale} onLocaleChange={setLocale}>
          <Switcher />
        </PreferencesProvider>
      );
    }
    render(<Page />);
    return screen.getByRole('button');
  }

  it('switches once German is here, in one step, and saves the choice', async () => {
    const button = await renderSwitcher();
    expect(button).toHaveTextContent('Language');
    act(() => button.click());
    expect(await screen.findByRole('button', { name: 'Sprache' })).toHaveAttribute('data-locale', 'de');
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('de'));
    expect(JSON.parse(localStorage.getItem('deal-dashboard:preferences')!)).toMatchObject({ locale: 'de' });
  });

  it('stays on the current language and logs when German cannot load', async () => {
    vi.doMock('./messages/de', () => {
      throw new Error('offline');
    });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const button = await renderSwitcher();
    act(() => button.click());
    await vi.waitFor(() => expect(errors).toHaveBeenCalled());
    expect(String(errors.mock.calls[0][0])).toMatch(/could not load/);
    expect(screen.getByRole('button')).toHaveTextContent('Language');
    expect(screen.getByRole('button')).toHaveAttribute('data-locale', 'en');
  });

  it('shows a German page in English, saving nothing, when German could not load', async () => {
    vi.doMock('./messages/de', () => {
      throw new Error('offline');
    });
    localStorage.setItem('deal-dashboard:preferences', '{"locale":"de","theme":"dark"}');
    const button = await renderSwitcher({ preload: true, at: 'de' });
    expect(button).toHaveTextContent('Language');
    expect(button).toHaveAttribute('data-locale', 'en');
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(JSON.parse(localStorage.getItem('deal-dashboard:preferences')!)).toMatchObject({ locale: 'de' });
  });

  it('opens a German page in German when its dictionary was loaded first, as main.tsx does', async () => {
    const button = await renderSwitcher({ preload: true, at: 'de' });
    expect(button).toHaveTextContent('Sprache');
    expect(button).toHaveAttribute('data-locale', 'de');
  });
});

describe('messages are ICU MessageFormat', () => {
  type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };
  const argumentsOf = (elements: Element[], into = new Set<string>()): Set<string> => {
    for (const element of elements) {
      // Literals (0) and the plural's # (7) name no argument; every other element does.
      if (element.type !== 0 && element.type !== 7 && element.value) into.add(element.value);
      for (const option of Object.values(element.options ?? {})) argumentsOf(option.value, into);
    }
    return into;
  };
  const astOf = (message: string, tag: string) =>
    new IntlMessageFormat(message, tag, undefined, { ignoreTag: true }).getAst() as Element[];

  // Given by every caller but not needed in English: a noun's grammatical number (whatValues).
  const NOT_USED_IN_ENGLISH: Partial<Record<MessageKey, string[]>> = {
    'state.loading': ['number'],
    'state.error': ['number'],
  };

  it('every message in both languages parses, and German takes the arguments English gives', () => {
    for (const key of Object.keys(en) as MessageKey[]) {
      const english = argumentsOf(astOf(en[key], 'en-GB'), new Set(NOT_USED_IN_ENGLISH[key]));
      const german = argumentsOf(astOf(de[key], 'de-DE'));
      expect(
        [...german].filter((name) => !english.has(name)),
        key,
      ).toEqual([]);
    }
  });

  it('counts with plural rules in the message: one event, two events, 1,234 events', () => {
    expect(translate('en', 'index.events', { count: 1 })).toBe('1 event');
    expect(translate('en', 'index.events', { count: 1234 })).toBe('1,234 events');
    expect(translate('de', 'index.events', { count: 1 })).toBe('1 Ereignis');
    expect(translate('de', 'index.events', { count: 1234 })).toBe('1.234 Ereignisse');
    expect(translate('en', 'timeline.showing', { from: 'a', to: 'b', count: 1, total: 1 })).toBe(
      'a – b · 1 of 1 event',
    );
    expect(translate('en', 'timeline.showing', { from: 'a', to: 'b', count: 0, total: 5 })).toBe(
      'a – b · 0 of 5 events',
    );
    expect(translate('de', 'timeline.showing', { from: 'a', to: 'b', count: 1, total: 1 })).toBe(
      'a – b · 1 von 1 Ereignis',
    );
    expect(translate('de', 'timeline.showing', { from: 'a', to: 'b', count: 2, total: 7 })).toBe(
      'a – b · 2 von 7 Ereignissen',
    );
    expect(translate('en', 'print.more', { count: 1 })).toBe('And 1 more event: narrow the view to print it.');
    expect(translate('en', 'print.more', { count: 12 })).toBe('And 12 more events: narrow the view to print them.');
    expect(translate('de', 'print.more', { count: 1 })).toBe(
      'Und ein weiteres Ereignis: Ausschnitt verkleinern, um es zu drucken.',
    );
    expect(translate('de', 'print.more', { count: 12 })).toBe(
      'Und 12 weitere Ereignisse: Ausschnitt verkleinern, um sie zu drucken.',
    );
    expect(translate('en', 'source.lines', { count: 1, lines: '3' })).toBe('line 3');
    expect(translate('de', 'source.lines', { count: 2, lines: '3, 5' })).toBe('Zeilen 3, 5');
  });

  // Written out by hand: the number of each German noun phrase, so that the verb is checked against it.
  const GERMAN_NUMBER: Record<WhatKey, 'singular' | 'plural'> = {
    'what.deals': 'singular',
    'what.deal': 'singular',
    'what.page': 'singular',
    'what.kpis': 'plural',
    'what.users': 'plural',
    'what.stake': 'singular',
    'what.valuation': 'singular',
    'what.revenue': 'singular',
    'what.option': 'singular',
    'what.timeline': 'singular',
    'what.embed': 'plural',
  };

  it('German state messages agree with every what.* noun: „Die Kennzahlen werden geladen“', () => {
    const t: Translate = (key, vars) => translate('de', key, vars);
    const keys = (Object.keys(en) as MessageKey[]).filter(
      (key): key is WhatKey => key.startsWith('what.') && !key.endsWith('.number'),
    );
    expect(keys.sort()).toEqual(Object.keys(GERMAN_NUMBER).sort());
    for (const key of keys) {
      const noun = de[key];
      const plural = GERMAN_NUMBER[key] === 'plural';
      expect(t('state.loading', whatValues(t, key)), key).toBe(`${noun} ${plural ? 'werden' : 'wird'} geladen …`);
      expect(t('state.error', whatValues(t, key)), key).toBe(
        `${noun} ${plural ? 'konnten' : 'konnte'} nicht geladen werden.`,
      );
    }
    expect(t('state.loading', whatValues(t, 'what.kpis'))).toBe('Die Kennzahlen werden geladen …');
    expect(t('state.error', whatValues(t, 'what.users'))).toBe('Die Nutzerzahlen konnten nicht geladen werden.');
  });
});
