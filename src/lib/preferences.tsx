import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LocaleContext, LOCALES, type Locale } from './i18n';

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

function initialPreferences(): { locale: Locale; theme: Theme } {
  let stored: ReturnType<typeof readStoredPreferences> = {};
  try {
    stored = readStoredPreferences(globalThis.localStorage?.getItem(STORAGE_KEY) ?? null);
  } catch {
    // Storage may be blocked (privacy settings, sandboxed frames): fall back to defaults.
  }
  const browser = globalThis.navigator?.language?.slice(0, 2);
  return { locale: stored.locale ?? (isLocale(browser) ? browser : 'en'), theme: stored.theme ?? 'auto' };
}

interface ProviderProps {
  children: ReactNode;
  initial?: Partial<{ locale: Locale; theme: Theme }>;
  /** Embeds take their look from their address and must not change the reader's saved choice. */
  persist?: boolean;
}

export function PreferencesProvider({ children, initial, persist = true }: ProviderProps) {
  const [prefs, setPrefs] = useState(() => ({ ...(persist ? initialPreferences() : DEFAULTS), ...initial }));

  useEffect(() => {
    const root = document.documentElement;
    root.lang = prefs.locale;
    root.dataset.theme = prefs.theme;
    if (!persist) return;
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(prefs));
    } catch {
      // Not persisting is fine; the choice still holds for this visit.
    }
  }, [prefs, persist]);

  const setLocale = useCallback((locale: Locale) => setPrefs((p) => ({ ...p, locale })), []);
  const setTheme = useCallback((theme: Theme) => setPrefs((p) => ({ ...p, theme })), []);
  const value = useMemo(() => ({ ...prefs, setLocale, setTheme }), [prefs, setLocale, setTheme]);

  return (
    <PreferencesContext.Provider value={value}>
      <LocaleContext.Provider value={prefs.locale}>{children}</LocaleContext.Provider>
    </PreferencesContext.Provider>
  );
}

export function usePreferences(): Preferences {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences needs a PreferencesProvider above it.');
  return value;
}
