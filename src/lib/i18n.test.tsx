import { act, render, screen } from '@testing-library/react';
import { Suspense, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';

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
