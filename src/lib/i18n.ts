import { IntlMessageFormat } from 'intl-messageformat';
import { createContext, useContext } from 'react';

export type Locale = 'en' | 'de';
export const LOCALES: readonly Locale[] = ['en', 'de'];

/** The Intl tag behind each UI locale: British English writes "29 Apr 2013" and "€450M". */
export const INTL_TAG: Record<Locale, string> = { en: 'en-GB', de: 'de-DE' };

export const en = {
  'app.title': 'Deal intelligence',
  'app.skip': 'Skip to the content',
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
  'status.modelled.help': 'Rests on an assumption you can see and change.',
  'deal.status.none': 'Not yet public',
  'deal.status.rumoured': 'Rumoured',
  'deal.status.rumour-denied': 'Rumour denied',
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
  'source.lines': '{count, plural, one {line {lines}} other {lines {lines}}}',
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
  // {what} is a what.* noun, {number} its grammatical number (its what.*.number message: one or other).
  'state.loading': 'Loading {what}…',
  'state.error': 'Could not load {what}.',
  'state.retry': 'Try again',
  'state.waited': '(waiting {seconds} s)',
  'state.notReported': 'No source reports the figures for this chart.',
  'state.notYetPublic': 'Not public yet on {date}.',
  'kpi.notReported': 'Not reported',
  'notFound.title': 'Deal not found',
  'notFound.body': 'There is no deal with the id “{id}”.',
  'notFound.page': 'There is no page at this address.',
  'notFound.back': 'Open the Alibaba–Sina Weibo deal',
  'notFound.index': 'See all tracked deals',
  'nav.label': 'Main',
  'nav.deals': 'All deals',
  'what.deals': 'the list of deals',
  'what.deals.number': 'one',
  'index.title': 'Deals',
  'index.intro':
    'Every tracked deal with its parties, its status, its headline figures and its latest event. Open a deal for its dashboard.',
  'index.filters': 'Filter the deals',
  'index.search': 'Search names and parties',
  'index.status': 'Status',
  'index.status.all': 'All statuses',
  'index.generated': 'Show generated test data',
  'index.generatedTag': 'Generated test data',
  'index.caption': 'Tracked deals',
  'index.captionAsOf': 'Tracked deals, as known on {date}',
  'index.sortHint': 'The Deal and Announced headers are buttons that sort by their column.',
  'index.col.deal': 'Deal',
  'index.col.parties': 'Parties',
  'index.col.status': 'Status',
  'index.col.announced': 'Announced',
  'index.col.figures': 'Headline figures',
  'index.col.events': 'Events',
  'index.notAnnounced': 'Not announced',
  'index.noFigures': 'None reported',
  'index.noFiguresAsOf': 'None public on {date}',
  'index.events': '{count, plural, one {# event} other {# events}}',
  'index.latest': 'Latest: {date}, {kind}:',
  'index.count': 'Showing {shown} of {total, plural, one {# deal} other {# deals}}',
  'index.filter.q': 'the search “{q}”',
  'index.filter.status': 'the status “{status}”',
  'index.filter.generated': 'hiding generated test data',
  'index.empty':
    '{count, plural, one {No deal to show: {filters} leaves none.} other {No deal to show: {filters} together leave none.}}',
  'index.none': 'No deals are tracked yet.',
  'index.clear': 'Clear filters',
  'what.deal': 'the deal',
  'what.deal.number': 'one',
  'what.page': 'this page',
  'what.page.number': 'one',
  'what.kpis': 'the key figures',
  'what.kpis.number': 'other',
  'what.users': 'the user figures',
  'what.users.number': 'other',
  'chart.legend': 'Legend',
  'chart.viewData': 'View data',
  'chart.asOf': 'As of {date}',
  'chart.sources': 'Sources: {sources}',
  'chart.col.item': 'Item',
  'chart.col.value': 'Value',
  'chart.col.status': 'Status',
  'chart.col.source': 'Source',
  'chart.col.public': 'Public since',
  'chart.keyboard': 'Use the arrow keys to move between marks.',
  'chart.currency': 'Currency',
  'chart.currency.note':
    'Converted: {values}, with the pair the sources report for the same payment, {usd} = {eur} (1 EUR = {rate} USD), never a market rate.',
  'chart.currency.converted': '{to} (from {from})',
  'stake.title': 'Stake in Sina Weibo',
  'stake.desc': 'The stake acquired and the headroom up to the option ceiling, in percent of Weibo.',
  'stake.row.deal': 'Deal ({date})',
  'stake.rumourLabel': 'Rumoured: stake in Sina, the parent (not Weibo)',
  'stake.rumourLabel.denied':
    'Rumoured: stake in Sina, the parent (not Weibo), denied {precision, select, month {in} other {on}} {date}',
  'stake.rumourNote':
    'Rumours ({date}): Alibaba to take {range} of Sina, the parent company. That is a share of Sina, not of Weibo, so it is not drawn on this scale.',
  'stake.rumourNote.denied': 'Sina denied it {precision, select, month {in} other {on}} {date}.',
  'stake.acquired': 'Stake acquired',
  'stake.headroom': 'Option headroom',
  'stake.points': '{value} points',
  'stake.pointsShort': '{value} pts',
  'stake.ceiling': 'Option ceiling {value}',
  'stake.headroomNote': 'The option can add {points} to the {acquired} acquired, up to {ceiling}.',
  'valuation.title': 'Price and valuation',
  'valuation.desc': 'The price paid for the stake and the valuation of all of Weibo that it implies.',
  'valuation.price': 'Price paid (for {stake})',
  'valuation.implied': 'Implied valuation of Weibo',
  'valuation.reported': 'Valuation as reported by {publisher}',
  'revenue.title': 'Projected extra revenue',
  'revenue.desc': 'The projected revenue of the cooperation, month by month and cumulated, under the chosen profile.',
  'revenue.subtitle': '{total} over {months}, {from} to {to}',
  'revenue.profile': 'How the total spreads (modelled)',
  'revenue.profile.even': 'Even',
  'revenue.profile.ramp-up': 'Ramp-up',
  'revenue.profile.front-loaded': 'Front-loaded',
  'revenue.monthly': 'Monthly amount',
  'revenue.cumulative': 'Cumulative',
  'revenue.total': 'Reported total',
  'revenue.totalConverted': 'Converted total',
  'revenue.assumption':
    'Modelled: the sources give only the total. The chart spreads it over {months} months from {from} with {shape}, each month rounded to 0.1M; the months add up to the total, {total}.',
  'revenue.shape.even': 'the same amount every month',
  'revenue.shape.ramp-up': 'amounts rising in a straight line',
  'revenue.shape.front-loaded': 'amounts falling in a straight line',
  'revenue.col.month': 'Month',
  'users.title': 'Registered Weibo users',
  'users.desc': 'Registered users of Sina Weibo as the sources reported them.',
  'users.registered': 'Registered users',
  'users.atLeast': '“more than”: the bar is a floor',
  'users.claim':
    'Both firms also speak of “hundreds of millions of users” ({source}): a claim, not a number, so it is not drawn.',
  'option.title': 'Option what-if',
  'option.desc': 'What the further points of the option would cost at a valuation you choose.',
  'option.subtitle': 'From {acquired} to {ceiling}: {points} more',
  'option.field': 'Valuation of all of Weibo at exercise, in billions of {currency}',
  'option.slider': 'Valuation (slider), in billions of {currency}',
  'option.presets': 'Presets',
  'option.preset.deal-implied': 'At the deal’s implied valuation: {value}',
  'option.preset.filing-2014': '2014 filing cap: at most {value}',
  'option.filing': 'Reported later: {terms}',
  'option.paid': 'Paid for {stake}',
  'option.cost': 'Cost of {points} more at {valuation}',
  'option.result': 'The option’s ceiling: up to {ceiling} of Weibo, fully diluted.',
  'option.valuation': 'Valuation',
  'option.assumedLabel': 'Valuation at exercise',
  'option.costLabel': 'Cost of the further points',
  'option.assumption':
    'The option is exercised at a valuation of {valuation} for all of Weibo; the sources say only “at a mutually agreed price”.',
  'option.error.empty': 'Enter a valuation in billions, for example 3.5.',
  'option.error.not-a-number': '“{input}” is not a number. Enter billions, for example 3.5.',
  'option.error.not-positive': 'The valuation must be greater than zero.',
  'option.error.too-low': 'The valuation must be at least {min} billion.',
  'option.error.too-high': 'The valuation must be at most {max} billion.',
  'option.error.keep': 'The chart still shows {value}.',
  'what.stake': 'the stake chart',
  'what.stake.number': 'one',
  'what.valuation': 'the valuation chart',
  'what.valuation.number': 'one',
  'what.revenue': 'the revenue chart',
  'what.revenue.number': 'one',
  'what.option': 'the option what-if',
  'what.option.number': 'one',
  'what.timeline': 'the timeline',
  'what.timeline.number': 'one',
  'what.embed': 'the embed codes',
  'what.embed.number': 'other',
  'timeline.title': 'Timeline',
  'timeline.open': 'Open the timeline page',
  'timeline.backToDashboard': 'Back to the dashboard',
  'timeline.showing': '{from} – {to} · {count} of {total, plural, one {# event} other {# events}}',
  'timeline.canvas': 'Timeline of events. Plus and minus zoom, arrow keys pan, 0 fits everything.',
  'timeline.zoomIn': 'Zoom in',
  'timeline.zoomOut': 'Zoom out',
  'timeline.fitAll': 'Fit all',
  'timeline.kinds': 'Kinds of event',
  'timeline.overview': 'Overview: drag the window to move the visible range',
  'timeline.list': 'Events in view',
  'timeline.listEmpty': 'No events in this view. Widen the range, choose more kinds, or move the “known as of” day.',
  'timeline.cluster': '{count, plural, one {# event} other {# events}}, {from} to {to}: select to zoom in',
  'timeline.sameDay': '{count, plural, one {# event} other {# events}} on {date}: select to list them',
  'timeline.sameDayList': '{count, plural, one {# event} other {# events}} on {date}',
  'timeline.hidden': '{count, plural, one {# title hidden} other {# titles hidden}}: zoom in or see the list',
  'export.kindsShown': 'Kinds shown: {kinds}',
  'export.statusLegend': 'Status of the figures in these events',
  'export.monthBand': 'A dashed band spans a month: only the month is known, not the day.',
  'export.hiddenTitles':
    'Titles not shown on the axis: {count}. The link below opens this view with every event listed.',
  'timeline.detail': 'Event detail',
  'timeline.detailEmpty': 'Select an event on the axis or in the list to read its detail.',
  'timeline.summary': 'Summary',
  'timeline.original': 'In the article’s words (German)',
  'timeline.translated': 'Summarised in English from a German-language source.',
  'timeline.sources': 'Sources',
  'timeline.figures': 'Figures',
  'timeline.close': 'Close detail',
  'timeline.monthOnly': 'known to the month only',
  'kind.rumour': 'Rumour',
  'kind.denial': 'Denial',
  'kind.results': 'Results',
  'kind.announcement': 'Announcement',
  'kind.filing': 'Filing',
  'kind.market': 'Market',
  'asof.label': 'Known as of',
  'asof.clear': 'Show everything',
  'asof.active': 'Showing only what was public on {date}.',
  'asof.hint': 'Type a day as {pattern}, for example {example}; the arrow keys step a day.',
  'asof.invalid.format':
    '“{text}” is not a day written {pattern}. Type it as {example}, or clear the field to see everything.',
  'asof.invalid.not-a-day':
    '“{text}” is not a day of the calendar. Check day and month ({pattern}), for example {example}.',
  'asof.invalid.out-of-range':
    '“{text}” is outside 2000 to 2099, the years this view covers. Type a day such as {example}.',
  'url.notice': 'Some values in the address could not be used, so their defaults apply: {items}.',
  'url.dismiss': 'Dismiss',
  'export.title': 'Export this view',
  'export.png': 'Image (PNG)',
  'export.svg': 'Vector (SVG)',
  'export.csv': 'Table (CSV)',
  'export.json': 'Data (JSON)',
  'export.ics': 'Calendar (ICS)',
  'export.failed': 'The export failed: {message}',
  'widgetImage.sources': 'Sources',
  'widgetImage.viewOnline': 'View online',
  'widgetImage.statuses': 'What the fills mean',
  'widgetImage.currency': 'Amounts in {currency}',
  'widgetImage.param': '{name}: {value}',
  'print.date': 'Date',
  'print.event': 'Event',
  'print.more':
    '{count, plural, one {And # more event: narrow the view to print it.} other {And # more events: narrow the view to print them.}}',
  'print.sources': 'Sources',
  'print.asOf': 'Known as of {date}',
  'embed.button': 'Embed',
  'embed.buttonLabel': 'Embed “{title}”',
  'embed.title': 'Embed “{title}”',
  'embed.responsive': 'Responsive embed (sizes itself to its content)',
  'embed.responsiveHelp': 'An iframe and a small script from this app; paste both into a web page or wiki.',
  'embed.fixed': 'Plain iframe with a fixed height',
  'embed.fixedHelp': 'For pages that do not allow scripts.',
  'embed.static': 'Static image of this view, with its sources',
  'embed.staticHelp': 'For documents that cannot run scripts.',
  'embed.permalink': 'Permalink of the full view',
  'embed.copy': 'Copy',
  'embed.copied': 'Copied',
  'embed.copyFailed': 'Copying failed: select the text and copy it yourself.',
  'embed.close': 'Close',
  'embed.look': 'Look of the embed',
  'embed.openFull': 'Open the full view on the dashboard',
  'embed.unknownWidget': 'There is no such widget. Known widgets: {widgets}.',
  // Revenue chart axes (issue 19, point 18): which axis is monthly and which cumulative.
  'revenue.axis.monthly': 'Monthly, {unit}',
  'revenue.axis.cumulative': 'Cumulative, {unit}',
  // What the reader is told (issue 19: notices, date field, made-on lines, scroll cue, embed titles)
  'url.note.window.asof':
    'The timeline’s window from={from} to={to} runs past what was public on the “Known as of” day, {asOf}, so it was moved back: it shows {shownFrom} – {shownTo}.',
  'url.note.window.bounds':
    'The timeline’s window from={from} to={to} reaches beyond the deal’s events, so it was clamped to them: it shows {shownFrom} – {shownTo}.',
  'url.note.window.week':
    'The timeline’s window from={from} to={to} is shorter than a week, the narrowest view, so it was widened: it shows {shownFrom} – {shownTo}.',
  'url.note.window.half':
    'The address gives only one end of the timeline’s window ({key}={value}), so the timeline shows everything: {shownFrom} – {shownTo}.',
  'url.note.event.unknown': 'event=“{value}” is not an event of this deal, so no event is selected.',
  'url.note.event.notYet':
    'The event “{value}” was not public yet on {asOf}, the “Known as of” day, so no event is selected.',
  'url.note.asof.beforeAll':
    'Nothing about this deal was public yet on {asOf} (asof={value}); the earliest report is dated {first}. The page keeps that day and shows nothing from after it.',
  'url.note.asof.future': '{asOf} (asof={value}) is still to come, so the page shows everything known today, {today}.',
  'table.scrollHint': 'Scroll sideways for more columns',
  'table.region': 'Table: {title}',
  'export.madeOn': 'Exported {when}',
  'print.madeOn': 'Printed {when}',
  // Words (issue 19): money tables at one scale per column.
  'table.col.unit': '{name} ({unit})',
  // Words (issue 19): the calendar (ICS) and table (CSV) files, in the reader's language.
  'ics.monthOnly': 'Only the month is known ({month}): this entry spans the whole month; the day is not known.',
  'ics.summaryMonth': '{title} ({month}, day not known)',
  'ics.sources': 'Sources: {sources}',
  // Words (issue 19): a source’s title in the language’s own quotation marks.
  'source.title': '“{title}”',
  'source.reposted': '{publisher} (reposted)',
  // Words (issue 19): the page’s meta description (index.html carries the English one).
  'meta.description': 'The 2013 Alibaba stake in Sina Weibo in charts and a timeline, every number with its source.',
  'csv.header': 'id|start|end|precision|kind|title|summary|original|sources',
  'csv.exported': 'exported',
  // Facts and statuses (issue 19): names as of a day, the option what-if, sources, the article's words
  'deal.title.none': 'Nothing about this deal was public on {date}',
  'deal.partiesNamed': 'Parties named: {parties}',
  'option.assumption.deal-implied':
    'The deal’s implied valuation, {valuation}, is used as the price at exercise; the sources say only “at a mutually agreed price” („zu einem gemeinsam vereinbarten Kurs“).',
  'option.assumption.filing-2014':
    'The 2014 filing’s cap, {valuation}, is used as the price at exercise. It is an upper bound: the filing sets the lower of 15% below the IPO price or this valuation.',
  'source.undated':
    '{publisher} ({language, select, de {German} other {English}} article{reposted, select, yes {, reposted} other {}}, undated)',
  'article.areas': 'Cooperation areas',
  'article.quoteBy': '{speaker}, {role}',
  'kpi.fullyDiluted': 'up to this share, fully diluted',
  'option.costCap': 'At most: cost of {points} more at the cap of {valuation}',
  'option.capNotConverted':
    'The 2014 cap ({cap}) stays in US dollars: the only ratio the sources give is the April 2013 payment’s, not one of March 2014. Its preset shows the what-if in US$.',
  // A permalink printed before its view is drawn (shown-view.ts)
  'view.printedEarly': 'This view had not been drawn yet when it was printed. Please print it again in a moment.',
  // The stand-in API cannot start where the page is (an embed in another site’s frame) (api-client.ts)
  'api.unavailable':
    'The mocked API could not start in this frame ({reason}), and the server does not answer the API: this widget has no data, which says nothing about the deal. Embed it from npm run dev (its server answers the API) or from npm run build && npm run preview (prerendered embeds), or build it for a backend (VITE_API_BASE_URL).',
} as const;

export type MessageKey = keyof typeof en;
/** A thing that loads or fails, named in the state.* messages: a what.* noun (not its .number). */
export type WhatKey = Exclude<Extract<MessageKey, `what.${string}`>, `${string}.number`>;
export type Messages = Record<MessageKey, string>;

// English ships with the app: it is the default and the fallback. Every other language is its own
// chunk, fetched the first time a page needs it (main.tsx starts that before the first render).
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  de: () => import('./messages/de').then((m) => m.de),
};
const loaded: Partial<Record<Locale, Messages>> = { en };
const loading = new Map<Locale, Promise<void>>();
const failed = new Set<Locale>();
const ready = Promise.resolve();

export function isLocaleLoaded(locale: Locale): boolean {
  return loaded[locale] !== undefined;
}

/**
 * Fetches a locale's dictionary, once: every call while it loads, and after, gets the same promise.
 * A failed load rejects and is forgotten, so that a later call tries again.
 */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en') return ready;
  let promise = loading.get(locale);
  if (!promise) {
    promise = LOADERS[locale]().then(
      (dictionary) => {
        loaded[locale] = dictionary;
        failed.delete(locale);
      },
      (error: unknown) => {
        failed.add(locale);
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, promise);
  }
  return promise;
}

/** The locale the UI can speak: the one asked for, or English when its dictionary failed to load. */
export function usableLocale(locale: Locale): Locale {
  return failed.has(locale) && !isLocaleLoaded(locale) ? 'en' : locale;
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

// One compiled formatter per dictionary and key: parsing is the cost, formatting is cheap.
const compiled = new Map<string, IntlMessageFormat>();

/**
 * Formats an ICU message (plural, select and number agreement live in the message, not in the
 * caller); values are text, never markup. A locale not loaded reads English.
 */
export function translate(locale: Locale, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const from: Locale = loaded[locale] ? locale : 'en';
  const id = `${from}:${key}`;
  let formatter = compiled.get(id);
  if (!formatter) {
    formatter = new IntlMessageFormat((loaded[from] ?? en)[key], INTL_TAG[from], undefined, { ignoreTag: true });
    compiled.set(id, formatter);
  }
  return String(formatter.format(vars));
}

/**
 * The values a state.* message takes for a what.* noun: the noun, and its grammatical number in this
 * language (what.*.number: one or other), so that German says "Die Kennzahlen werden geladen".
 */
export function whatValues(t: Translate, what: WhatKey): { what: string; number: string } {
  return { what: t(what), number: t(`${what}.number` as MessageKey) };
}

export const LocaleContext = createContext<Locale>('en');

/**
 * The UI's locale. Until its dictionary is here the component suspends (the nearest Suspense
 * boundary, or with none the screen before, stays up), so nothing shows in English first; if the
 * dictionary cannot load, the component renders in English.
 */
export function useLocale(): Locale {
  const locale = usableLocale(useContext(LocaleContext));
  // Thrown, as TanStack Query's suspense does, rather than passed to `use`: loaded (nearly always)
  // this calls nothing, and `use` called only sometimes makes React warn, and holds up `act` in tests.
  if (!isLocaleLoaded(locale)) throw loadLocale(locale);
  return locale;
}

export function useT(): Translate {
  const locale = useLocale();
  return (key, vars) => translate(locale, key, vars);
}
