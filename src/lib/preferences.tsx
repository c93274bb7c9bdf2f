import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { isLocaleLoaded, loadLocale, LocaleContext, LOCALES, usableLocale, type Locale } from './i18n';
import { single } from './url-params';

export type Theme = 'auto' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

interface Preferences {
  locale: Locale;
  theme: Theme;
  setLocale: (locale: Locale) => void;
  setTheme: (theme: Theme) => void;
}

const PreferencesContext = createContext<Preferences | null>(null);
const STORAGE_KEY = 'deal-dashboard:preferences';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** Stored preferences are parsed like any other input: a bad value is ignored, not trusted. */
export function readStoredPreferences(raw: string | null): Partial<{ locale: Locale; theme: Theme }> {
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return {};
    const { locale, theme } = value as Record<string, unknown>;
    return { ...(isLocale(locale) ? { locale } : {}), ...(isTheme(theme) ? { theme } : {}) };
  } catch {
    return {};
  }
}

const DEFAULTS: { locale: Locale; theme: Theme } = { locale: 'en', theme: 'auto' };

function initialPreferences(persist = true): { locale: Locale; theme: Theme } {
  // Embeds take their look from the address alone (their `initial`), never from the reader's storage.
  if (!persist) return DEFAULTS;
  let stored: ReturnType<typeof readStoredPreferences> = {};
  try {
    stored = readStoredPreferences(globalThis.localStorage?.getItem(STORAGE_KEY) ?? null);
  } catch {
    // Storage may be blocked (privacy settings, sandboxed frames): fall back to defaults.
  }
  const browser = globalThis.navigator?.language?.slice(0, 2);
  return { locale: stored.locale ?? (isLocale(browser) ? browser : 'en'), theme: stored.theme ?? 'auto' };
}

/**
 * The locale a page at this address will render in, before React runs, so that main.tsx can fetch
 * its dictionary alongside everything else: an embed's `locale` parameter (as parseEmbedOptions
 * reads it), otherwise the reader's stored choice or the browser's language.
 */
export function pageLocale(url: { pathname: string; search: string } = globalThis.location): Locale {
  if (url.pathname.startsWith('/embed/')) {
    const locale = single(new URLSearchParams(url.search), 'locale', []);
    return isLocale(locale) ? locale : initialPreferences(false).locale;
  }
  return initialPreferences().locale;
}

interface ProviderProps {
  children: ReactNode;
  initial?: Partial<{ locale: Locale; theme: Theme }>;
  /** Embeds take their look from their address and must not change the reader's saved choice. */
  persist?: boolean;
}

export function PreferencesProvider({ children, initial, persist = true }: ProviderProps) {
  const [prefs, setPrefs] = useState(() => ({ ...initialPreferences(persist), ...initial }));

  // The language the page speaks: the one chosen, or English while its dictionary cannot be had.
  const locale = usableLocale(prefs.locale);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = locale;
    root.dataset.theme = prefs.theme;
    if (!persist) return;
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(prefs));
    } catch {
      // Not persisting is fine; the choice still holds for this visit.
    }
  }, [prefs, locale, persist]);

  // A new language applies once its dictionary is here, so the page switches in one step. If it
  // cannot load, the page stays as it is; the last choice wins when several are still loading.
  const chosen = useRef<Locale | null>(null);
  const setLocale = useCallback((next: Locale) => {
    chosen.current = next;
    if (isLocaleLoaded(next)) {
      setPrefs((p) => ({ ...p, locale: next }));
      return;
    }
    loadLocale(next).then(
      () => {
        if (chosen.current === next) setPrefs((p) => ({ ...p, locale: next }));
      },
      (error: unknown) => {
        console.error(`The "${next}" dictionary could not load; the language stays as it was.`, error);
      },
    );
  }, []);
  const setTheme = useCallback((theme: Theme) => setPrefs((p) => ({ ...p, theme })), []);
  const value = useMemo(() => ({ ...prefs, locale, setLocale, setTheme }), [prefs, locale, setLocale, setTheme]);

  return (
    <PreferencesContext.Provider value={value}>
      <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>
    </PreferencesContext.Provider>
  );
}

export function usePreferences(): Preferences {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences needs a PreferencesProvider above it.');
  return value;
}
