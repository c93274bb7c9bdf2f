import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { loadLocale, LocaleContext, LOCALES, translate, usableLocale, type Locale } from './i18n';
import { splitLocalePath } from './locale-path';

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

/** Where the saved choice lives; public/boot.js reads the same key before the first paint. */
export const PREFERENCES_KEY = STORAGE_KEY;

function storedPreferences(): ReturnType<typeof readStoredPreferences> {
  try {
    return readStoredPreferences(globalThis.localStorage?.getItem(STORAGE_KEY) ?? null);
  } catch {
    // Storage may be blocked (privacy settings, sandboxed frames): nothing is saved.
    return {};
  }
}

/**
 * The theme the page shows now: the one public/boot.js set on <html> before the first paint (from
 * the saved choice, or an embed's address), else the saved choice; "auto" on the server.
 */
function pageTheme(persist: boolean): Theme {
  const set = globalThis.document?.documentElement.dataset.theme;
  if (isTheme(set) && set !== 'auto') return set;
  return (persist ? storedPreferences().theme : undefined) ?? 'auto';
}

/** The locale a page at this address renders in: the one in its path (see locale-path.ts). */
export function pageLocale(url: { pathname: string } = globalThis.location): Locale {
  return splitLocalePath(url.pathname).locale;
}

interface ProviderProps {
  children: ReactNode;
  /** The page's language: the one in its address. */
  locale: Locale;
  /** Goes to this page in another language, once its dictionary is here. Without it the language stays. */
  onLocaleChange?: (next: Locale) => void;
  /** The theme to start with: by default the page's own (see pageTheme). */
  initialTheme?: Theme;
  /** Embeds take their look from their address and must not change the reader's saved choice. */
  persist?: boolean;
}

export function PreferencesProvider({
  children,
  locale: asked,
  onLocaleChange,
  initialTheme,
  persist = true,
}: ProviderProps) {
  const [theme, setThemeState] = useState<Theme>(() => initialTheme ?? pageTheme(persist));

  // The language the page speaks: the one asked for, or English while its dictionary cannot be had.
  const locale = usableLocale(asked);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = locale;
    root.dataset.theme = theme;
    // The page's description (search results, link previews) in the page's language too.
    document.querySelector('meta[name="description"]')?.setAttribute('content', translate(locale, 'meta.description'));
  }, [theme, locale]);

  // Only a choice the reader makes is saved: opening a German link does not change their language.
  const save = useCallback(
    (next: Partial<{ locale: Locale; theme: Theme }>) => {
      if (!persist) return;
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...storedPreferences(), ...next }));
      } catch {
        // Not persisting is fine; the choice still holds for this visit.
      }
    },
    [persist],
  );

  // A new language applies once its dictionary is here, so the page switches in one step. If it
  // cannot load, the page stays as it is; the last choice wins when several are still loading.
  const chosen = useRef<Locale | null>(null);
  const change = useRef(onLocaleChange);
  useEffect(() => {
    change.current = onLocaleChange;
  });
  const setLocale = useCallback(
    (next: Locale) => {
      chosen.current = next;
      save({ locale: next });
      loadLocale(next).then(
        () => {
          if (chosen.current === next) change.current?.(next);
        },
        (error: unknown) => {
          console.error(`The "${next}" dictionary could not load; the language stays as it was.`, error);
        },
      );
    },
    [save],
  );
  const setTheme = useCallback(
    (next: Theme) => {
      setThemeState(next);
      save({ theme: next });
    },
    [save],
  );
  const value = useMemo(() => ({ locale, theme, setLocale, setTheme }), [locale, theme, setLocale, setTheme]);

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
