import { useEffect, useMemo, type ReactNode } from 'react';
import { PrintedOn } from '../../components/printed-on';
import { StatusPatternDefs } from '../../components/status-patterns';
import { PreferencesProvider } from '../../lib/preferences';
import { usePageLocale, useSearchParams } from '../location';
import { parseEmbedOptions } from './embed-options';
import { reportEmbedHeight } from './report-height';

/** An embed's page: no app chrome, the look from the address, and nothing saved for the reader. */
export function EmbedLayout({ children }: { children: ReactNode }) {
  const [params] = useSearchParams();
  // The language is in the path (/de/embed/...); public/boot.js moves an old `locale=de` address there.
  const { locale } = usePageLocale();
  const { theme } = useMemo(() => parseEmbedOptions(params), [params]);
  // Reported from the HTML already (src/embed-main.ts); an embed drawn in the client starts here.
  useEffect(reportEmbedHeight, []);
  return (
    <PreferencesProvider key={theme} locale={locale} initialTheme={theme} persist={false}>
      <StatusPatternDefs />
      <main className="embed">
        <PrintedOn />
        {children}
      </main>
    </PreferencesProvider>
  );
}
