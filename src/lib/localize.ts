import type { Locale } from './i18n';

/**
 * A text the contract carries in both of the app's languages. Where the source's own words exist
 * they travel beside it as `original`; `de` of a text from an English-language source is our
 * translation, and the source's language (`Source.language`) says so.
 */
export interface LocalText {
  en: string;
  de: string;
}

/** A payload with every `LocalText` replaced by the reader's language: what components get. */
export type Localized<T> = T extends LocalText
  ? string
  : T extends readonly (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T;

function isLocalText(value: object): value is LocalText {
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as Partial<LocalText>).en === 'string' &&
    typeof (value as Partial<LocalText>).de === 'string'
  );
}

function walk(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((item) => walk(item, locale));
  if (value === null || typeof value !== 'object') return value;
  if (isLocalText(value)) return value[locale];
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = walk(item, locale);
  return out;
}

const cache: Record<Locale, WeakMap<object, unknown>> = { en: new WeakMap(), de: new WeakMap() };

/**
 * A parsed payload in one language. Pure and cached per payload object and locale, so a component
 * that reads the same answer twice gets the same object (and React Query's `select` stays stable).
 */
export function localize<T extends object>(payload: T, locale: Locale): Localized<T> {
  const hit = cache[locale].get(payload);
  if (hit) return hit as Localized<T>;
  const out = walk(payload, locale) as Localized<T>;
  cache[locale].set(payload, out);
  return out;
}

const selectors = {
  en: <T extends object>(payload: T) => localize(payload, 'en'),
  de: <T extends object>(payload: T) => localize(payload, 'de'),
};

/** A `select` for React Query of stable identity per locale: the cached answer, in the reader's language. */
export function localizer(locale: Locale): <T extends object>(payload: T) => Localized<T> {
  return selectors[locale];
}
