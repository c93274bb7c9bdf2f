import type { Locale } from '../../lib/i18n';
import { isLocale, isTheme, type Theme } from '../../lib/preferences';
import { single, type ParamProblem } from '../../lib/url-params';

/** An embed's look from its address: theme and locale, each a known word or the default. */
export function parseEmbedOptions(
  params: URLSearchParams,
  problems: ParamProblem[] = [],
): { theme: Theme; locale: Locale } {
  const theme = single(params, 'theme', problems);
  const locale = single(params, 'locale', problems);
  if (theme !== null && !isTheme(theme)) problems.push({ key: 'theme', value: theme });
  if (locale !== null && !isLocale(locale)) problems.push({ key: 'locale', value: locale });
  return { theme: isTheme(theme) ? theme : 'auto', locale: isLocale(locale) ? locale : 'en' };
}
