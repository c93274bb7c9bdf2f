import { Outlet } from 'react-router';
import { useT } from '../lib/i18n';
import { StatusPatternDefs } from '../components/status-patterns';
import { PreferencesProvider } from '../lib/preferences';
import { PreferencesBar } from './preferences-bar';

export function Layout() {
  return (
    <PreferencesProvider>
      <Chrome />
    </PreferencesProvider>
  );
}

function Chrome() {
  const t = useT();
  return (
    <>
      <StatusPatternDefs />
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-bar">
        <span className="app-bar__name">{t('app.title')}</span>
        <PreferencesBar />
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
