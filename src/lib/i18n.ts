import { createContext, useContext } from 'react';

export type Locale = 'en' | 'de';
export const LOCALES: readonly Locale[] = ['en', 'de'];

/** The Intl tag behind each UI locale: British English writes "29 Apr 2013" and "€450M". */
export const INTL_TAG: Record<Locale, string> = { en: 'en-GB', de: 'de-DE' };

const en = {
  'app.title': 'Deal intelligence',
  'app.skip': 'Skip to the dashboard',
  'prefs.locale': 'Language',
  'prefs.theme': 'Theme',
  'prefs.theme.auto': 'System',
  'prefs.theme.light': 'Light',
  'prefs.theme.dark': 'Dark',
  'status.reported': 'Reported',
  'status.derived': 'Derived',
  'status.modelled': 'Modelled',
  'status.reported.help': 'Stated by a source.',
  'status.derived.help': 'Computed from reported numbers by the formula shown.',
  'status.modelled.help': 'An assumption you can see and change.',
  'deal.status.rumoured': 'Rumoured',
  'deal.status.announced': 'Announced',
  'deal.status.completed': 'Completed',
  'deal.status.abandoned': 'Abandoned',
  'deal.acquires': '{acquirer} invests in {target}',
  'deal.parentOf': '{target} belongs to {parent}',
  'kpi.heading': 'Key figures',
  'kpi.consideration': 'Price paid',
  'kpi.optionCeiling': 'Option ceiling',
  'kpi.projectedRevenue': 'Projected extra revenue',
  'kpi.projectedRevenue.over': 'over {term}',
  'kpi.registeredUsers': 'Registered Weibo users',
  'kpi.registeredUsers.asOf': 'as of {date}',
  'kpi.later': 'Later: {value} ({date}, {publisher})',
  'figure.about': 'about {value}',
  'figure.over': '{value}+',
  'source.button': 'Source: {source}',
  'source.more': '{source} and {count} more',
  'source.line': 'line {lines}',
  'source.lines': 'lines {lines}',
  'source.primary': 'primary source',
  'source.secondary': 'secondary source',
  'source.noTitle': 'title not given',
  'source.noDate': 'date not given',
  'details.title': 'Where this number comes from',
  'details.status': 'Status',
  'details.formula': 'Formula',
  'details.assumption': 'Assumption',
  'details.public': 'Public since',
  'details.sources': 'Sources',
  'details.original': 'Original words (German)',
  'details.close': 'Close',
  'state.loading': 'Loading {what}…',
  'state.error': 'Could not load {what}.',
  'state.retry': 'Try again',
  'state.empty': 'No data for {what}.',
  'notFound.title': 'Deal not found',
  'notFound.body': 'There is no deal with the id “{id}”.',
  'notFound.page': 'There is no page at this address.',
  'notFound.back': 'Open the Alibaba–Sina Weibo deal',
  'what.deal': 'the deal',
  'what.users': 'the user figures',
} as const;

export type MessageKey = keyof typeof en;

const de: Record<MessageKey, string> = {
  'app.title': 'Deal Intelligence',
  'app.skip': 'Zum Dashboard springen',
  'prefs.locale': 'Sprache',
  'prefs.theme': 'Darstellung',
  'prefs.theme.auto': 'System',
  'prefs.theme.light': 'Hell',
  'prefs.theme.dark': 'Dunkel',
  'status.reported': 'Berichtet',
  'status.derived': 'Abgeleitet',
  'status.modelled': 'Modelliert',
  'status.reported.help': 'Von einer Quelle genannt.',
  'status.derived.help': 'Aus berichteten Zahlen nach der gezeigten Formel berechnet.',
  'status.modelled.help': 'Eine Annahme, die Sie sehen und ändern können.',
  'deal.status.rumoured': 'Gerücht',
  'deal.status.announced': 'Angekündigt',
  'deal.status.completed': 'Abgeschlossen',
  'deal.status.abandoned': 'Abgebrochen',
  'deal.acquires': '{acquirer} steigt bei {target} ein',
  'deal.parentOf': '{target} gehört zu {parent}',
  'kpi.heading': 'Kennzahlen',
  'kpi.consideration': 'Kaufpreis',
  'kpi.optionCeiling': 'Option bis',
  'kpi.projectedRevenue': 'Erwarteter Zusatzumsatz',
  'kpi.projectedRevenue.over': 'über {term}',
  'kpi.registeredUsers': 'Registrierte Weibo-Nutzer',
  'kpi.registeredUsers.asOf': 'Stand {date}',
  'kpi.later': 'Später: {value} ({date}, {publisher})',
  'figure.about': 'etwa {value}',
  'figure.over': 'über {value}',
  'source.button': 'Quelle: {source}',
  'source.more': '{source} und {count} weitere',
  'source.line': 'Zeile {lines}',
  'source.lines': 'Zeilen {lines}',
  'source.primary': 'Primärquelle',
  'source.secondary': 'Sekundärquelle',
  'source.noTitle': 'Titel nicht angegeben',
  'source.noDate': 'Datum nicht angegeben',
  'details.title': 'Woher diese Zahl stammt',
  'details.status': 'Status',
  'details.formula': 'Formel',
  'details.assumption': 'Annahme',
  'details.public': 'Öffentlich seit',
  'details.sources': 'Quellen',
  'details.original': 'Originalwortlaut (Deutsch)',
  'details.close': 'Schließen',
  'state.loading': '{what} wird geladen …',
  'state.error': '{what} konnte nicht geladen werden.',
  'state.retry': 'Erneut versuchen',
  'state.empty': 'Keine Daten für {what}.',
  'notFound.title': 'Deal nicht gefunden',
  'notFound.body': 'Es gibt keinen Deal mit der ID „{id}“.',
  'notFound.page': 'Unter dieser Adresse gibt es keine Seite.',
  'notFound.back': 'Den Deal Alibaba–Sina Weibo öffnen',
  'what.deal': 'Der Deal',
  'what.users': 'Die Nutzerzahlen',
};

export const messages: Record<Locale, Record<MessageKey, string>> = { en, de };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Fills `{name}` placeholders; values are text, never markup. */
export function translate(locale: Locale, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return messages[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

export const LocaleContext = createContext<Locale>('en');

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export function useT(): Translate {
  const locale = useLocale();
  return (key, vars) => translate(locale, key, vars);
}
