import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useT, type Locale } from '../lib/i18n';
import { localePath } from '../lib/locale-path';
import { FootnoteScope } from '../components/footnotes';
import { PrintedOn } from '../components/printed-on';
import { StatusPatternDefs } from '../components/status-patterns';
import { PreferencesProvider } from '../lib/preferences';
import { parseAsOf } from '../lib/url-params';
import { usePageLocale, useRawSearch } from './location';
import { paths } from './paths';
import { PreferencesBar } from './preferences-bar';

export function Layout({ children }: { children: ReactNode }) {
  const { locale } = usePageLocale();
  const [path, navigate] = useLocation();
  // The same page in the other language: its address without this one's prefix, and the view kept.
  const changeLocale = (next: Locale) => navigate(`~${localePath(next, path)}${window.location.search}`);
  return (
    <PreferencesProvider locale={locale} onLocaleChange={changeLocale}>
      <Chrome>{children}</Chrome>
    </PreferencesProvider>
  );
}

function Chrome({ children }: { children: ReactNode }) {
  const t = useT();
  const [pathname] = useLocation();
  // The index opens as known on the day this page is seen from, if it has one.
  const asOf = parseAsOf(new URLSearchParams(useRawSearch()));
  const index = paths.index();
  return (
    <>
      <StatusPatternDefs />
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-bar">
        <span className="app-bar__name">{t('app.title')}</span>
        <nav className="app-bar__nav" aria-label={t('nav.label')}>
          <Link
            href={asOf ? `${index}?${new URLSearchParams({ asof: asOf })}` : index}
            aria-current={pathname === index ? 'page' : undefined}
          >
            {t('nav.deals')}
          </Link>
        </nav>
        <PreferencesBar />
      </header>
      {/* On paper only while a permalink's view is kept hidden (shown-view.ts): a printout then says why it is empty. */}
      <p className="view-pending-note">{t('view.printedEarly')}</p>
      <main id="main" className="page" tabIndex={-1}>
        <PrintedOn />
        {/* One footnote numbering and one "Sources" list for the whole printed page. */}
        <FootnoteScope>{children}</FootnoteScope>
      </main>
    </>
  );
}
