import { useHydrated } from '../lib/hydration';
import { LOCALES, useT, type Locale } from '../lib/i18n';
import { THEMES, usePreferences, type Theme } from '../lib/preferences';

export function PreferencesBar() {
  const t = useT();
  const { locale, theme, setLocale, setTheme } = usePreferences();
  // A prerendered page's HTML says "System"; React does not move a <select> while it hydrates, so
  // the saved theme (already on <html>, set by public/boot.js) shows in the control right after.
  const hydrated = useHydrated();
  return (
    <div className="prefs">
      <label>
        {t('prefs.locale')}{' '}
        <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {l === 'en' ? 'English' : 'Deutsch'}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('prefs.theme')}{' '}
        <select value={hydrated ? theme : 'auto'} onChange={(e) => setTheme(e.target.value as Theme)}>
          {THEMES.map((th) => (
            <option key={th} value={th}>
              {t(`prefs.theme.${th}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
