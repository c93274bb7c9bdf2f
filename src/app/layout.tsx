import type { ReactNode } from 'react';
import { useT } from '../lib/i18n';
import { FootnoteScope } from '../components/footnotes';
import { StatusPatternDefs } from '../components/status-patterns';
import { PreferencesProvider } from '../lib/preferences';
import { PreferencesBar } from './preferences-bar';

export function Layout({ children }: { children: ReactNode }) {
  return (
    <PreferencesProvider>
      <Chrome>{children}</Chrome>
    </PreferencesProvider>
  );
}

function Chrome({ children }: { children: ReactNode }) {
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
        {/* One footnote numbering and one "Sources" list for the whole printed page. */}
        <FootnoteScope>{children}</FootnoteScope>
      </main>
    </>
  );
}
