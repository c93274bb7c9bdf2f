import { createContext, useContext } from 'react';

export type Locale = 'en' | 'de';
export const LOCALES: readonly Locale[] = ['en', 'de'];

/** The Intl tag behind each UI locale: British English writes "29 Apr 2013" and "€450M". */
export const INTL_TAG: Record<Locale, string> = { en: 'en-GB', de: 'de-DE' };

const en = {
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
  'state.waited': '(waiting {seconds} s)',
  'state.empty': 'No data for {what}.',
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
  'index.events.one': '{count} event',
  'index.events.other': '{count} events',
  'index.latest': 'Latest: {date}, {kind}:',
  'index.count.one': 'Showing {shown} of {total} deal',
  'index.count.other': 'Showing {shown} of {total} deals',
  'index.filter.q': 'the search “{q}”',
  'index.filter.status': 'the status “{status}”',
  'index.filter.generated': 'hiding generated test data',
  'index.empty.one': 'No deal to show: {filters} leaves none.',
  'index.empty.other': 'No deal to show: {filters} together leave none.',
  'index.none': 'No deals are tracked yet.',
  'index.clear': 'Clear filters',
  'what.deal': 'the deal',
  'what.page': 'this page',
  'what.kpis': 'the key figures',
  'what.users': 'the user figures',
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
  'stake.rumourLabel.denied': 'Rumoured: stake in Sina, the parent (not Weibo), denied {date}',
  'stake.rumourNote':
    'Rumours ({date}): Alibaba to take {range} of Sina, the parent company. That is a share of Sina, not of Weibo, so it is not drawn on this scale.',
  'stake.rumourNote.denied': 'Sina denied it in {date}.',
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
  'what.valuation': 'the valuation chart',
  'what.revenue': 'the revenue chart',
  'what.option': 'the option what-if',
  'what.timeline': 'the timeline',
  'timeline.title': 'Timeline',
  'timeline.open': 'Open the timeline page',
  'timeline.backToDashboard': 'Back to the dashboard',
  'timeline.showing': '{from} – {to} · {count} of {total} events',
  'timeline.canvas': 'Timeline of events. Plus and minus zoom, arrow keys pan, 0 fits everything.',
  'timeline.zoomIn': 'Zoom in',
  'timeline.zoomOut': 'Zoom out',
  'timeline.fitAll': 'Fit all',
  'timeline.kinds': 'Kinds of event',
  'timeline.overview': 'Overview: drag the window to move the visible range',
  'timeline.list': 'Events in view',
  'timeline.listEmpty': 'No events in this view. Widen the range, choose more kinds, or move the “known as of” day.',
  'timeline.cluster': '{count} events, {from} to {to}: select to zoom in',
  'timeline.sameDay': '{count} events on {date}: select to list them',
  'timeline.sameDayList': '{count} events on {date}',
  'timeline.hidden.one': '{count} title hidden: zoom in or see the list',
  'timeline.hidden.other': '{count} titles hidden: zoom in or see the list',
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
  'print.more': 'And {count} more events: narrow the view to print them.',
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
  'embed.unknownWidget':
    'There is no such widget. Known widgets: kpis, stake, valuation, revenue, users, option, timeline.',
  // Facts and statuses (issue 19): names as of a day, the option what-if, sources, the article's words
  'deal.title.none': 'Nothing about this deal was public on {date}',
  'deal.partiesNamed': 'Parties named: {parties}',
  'option.assumption.deal-implied':
    'The deal’s implied valuation, {valuation}, is used as the price at exercise; the sources say only “at a mutually agreed price” („zu einem gemeinsam vereinbarten Kurs“).',
  'option.assumption.filing-2014':
    'The 2014 filing’s cap, {valuation}, is used as the price at exercise. It is an upper bound: the filing sets the lower of 15% below the IPO price or this valuation.',
  'source.undated.de': '{publisher} (German article, undated)',
  'source.undated.en': '{publisher} (English article, undated)',
  'article.areas': 'Cooperation areas',
  'article.quoteBy': '{speaker}, {role}',
  'kpi.fullyDiluted': 'up to this share, fully diluted',
  'option.costCap': 'At most: cost of {points} more at the cap of {valuation}',
  'option.capNotConverted':
    'The 2014 cap ({cap}) stays in US dollars: the only ratio the sources give is the April 2013 payment’s, not one of March 2014. Its preset shows the what-if in US$.',
} as const;

export type MessageKey = keyof typeof en;
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

/** Fills `{name}` placeholders; values are text, never markup. A locale not loaded reads English. */
export function translate(locale: Locale, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return (loaded[locale] ?? en)[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
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
