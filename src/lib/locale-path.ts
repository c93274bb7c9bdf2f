// Types only: the early-requests script reads this module, and must not carry the English dictionary.
import type { Locale } from './i18n';

// The page's language is in its address: English pages at `/deals/...`, German ones at
// `/de/deals/...`. A prerendered page is then in its reader's language from the first byte, and the
// Language control moves between the two addresses (the boot script, public/boot.js, sends a reader
// whose saved or browser language is German to the German address before the first paint).

/** Each language's path prefix; English, the default, has none. */
export const LOCALE_PREFIX: Record<Locale, string> = { en: '', de: '/de' };

/** The language a path is in, and the path without its prefix ("/de" alone is German "/"). */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  for (const [locale, prefix] of Object.entries(LOCALE_PREFIX) as [Locale, string][]) {
    if (!prefix) continue;
    if (pathname === prefix) return { locale, path: '/' };
    if (pathname.startsWith(`${prefix}/`)) return { locale, path: pathname.slice(prefix.length) };
  }
  return { locale: 'en', path: pathname };
}

/** `path` (without a prefix) in `locale`. */
export function localePath(locale: Locale, path: string): string {
  const prefix = LOCALE_PREFIX[locale];
  return prefix && path === '/' ? prefix : `${prefix}${path}`;
}
