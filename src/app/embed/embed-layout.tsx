import { useEffect, useMemo, type ReactNode } from 'react';
import { PrintedOn } from '../../components/printed-on';
import { StatusPatternDefs } from '../../components/status-patterns';
import { PreferencesProvider } from '../../lib/preferences';
import { usePageLocale, useSearchParams } from '../location';
import { parseEmbedOptions, PING_MESSAGE, RESIZE_MESSAGE } from './embed-options';

/**
 * Whether the embed shows what it will keep showing: its widget, an error or an empty state. While
 * anything still loads, its height is a passing one that the drawn widget replaces at once.
 */
const drawn = () => !!document.querySelector('main.embed > *') && !document.querySelector('.state--loading');

/**
 * Tells the host page the embed's content height, whenever it changes, so its iframe can fit it.
 * Nothing is reported until the widget has drawn: the copied iframe starts at the widget's height
 * (its `embedHeight` in the widget registry), and reporting the loading state would shrink it and grow it again.
 */
function useReportHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    let last = -1;
    const report = () => {
      if (!drawn()) return;
      // Whole pixels, rounded up so the content never overflows; the content's height does not
      // depend on the iframe's, so the rounded value cannot feed back and oscillate.
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      // Only a height travels, which any page may know: no target origin is needed.
      window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
    };
    // ResizeObserver catches width changes; but Chrome skips rendering (and with it ResizeObserver)
    // in cross-origin frames outside the viewport, so content changes are watched as DOM mutations.
    const observer = new ResizeObserver(report);
    observer.observe(document.documentElement);
    const mutations = new MutationObserver(report);
    mutations.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    report();
    // The host's script may arrive after our first report: when it asks, say the height again.
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || (event.data as { type?: unknown })?.type !== PING_MESSAGE) return;
      last = -1;
      report();
    };
    window.addEventListener('message', onMessage);
    return () => {
      observer.disconnect();
      mutations.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, []);
}

/** An embed's page: no app chrome, the look from the address, and nothing saved for the reader. */
export function EmbedLayout({ children }: { children: ReactNode }) {
  const [params] = useSearchParams();
  // The language is in the path (/de/embed/...); public/boot.js moves an old `locale=de` address there.
  const { locale } = usePageLocale();
  const { theme } = useMemo(() => parseEmbedOptions(params), [params]);
  useReportHeight();
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
