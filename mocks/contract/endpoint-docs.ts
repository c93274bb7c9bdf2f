import type * as v from 'valibot';
import type { JsonSchema } from '@valibot/to-json-schema';
import { SEED_DEAL_ID, type API_ENDPOINTS, type ApiEndpointId } from '../../src/lib/api-paths';
import {
  EventKindSchema,
  MetricIdSchema,
  type DealEventSchema,
  type DealSchema,
  type FigureSchema,
} from '../../src/lib/schemas';
import { ISO_DAY_PATTERN, type COMPONENTS, type ComponentName } from './json-schema';

// The words of the contract: what each endpoint, parameter and error case means, with examples.
// Keyed by the ids of API_ENDPOINTS and typed from it, so an endpoint, parameter or error code added
// there without its words here does not compile. Read by the OpenAPI generator and the conformance
// check (which sends every example); the app never imports this module.

type Endpoints = typeof API_ENDPOINTS;
type PathParams<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | PathParams<Rest> : never;

export type PathParamName<K extends ApiEndpointId> = PathParams<Endpoints[K]['path']>;
export type QueryName<K extends ApiEndpointId> = Endpoints[K]['query'][number];
export type ErrorCode<K extends ApiEndpointId> = Endpoints[K]['errors'][number]['code'];

export interface ParameterDoc {
  description: string;
  /** Sent by the conformance check (the path parameters in every case, the query in the "with query" case). */
  example: string;
  schema: JsonSchema;
}

/** A request, as the differences from the documented examples: other path values, a query. */
export interface RequestSpec<K extends ApiEndpointId> {
  path?: Partial<Record<PathParamName<K>, string>>;
  /** In order, a name may repeat ("a key given twice"). */
  query?: [QueryName<K>, string][];
}

export interface ErrorCaseDoc<K extends ApiEndpointId> extends RequestSpec<K> {
  /** Query parameters the endpoint does not know, sent after `query`: the answer must name the known ones. */
  unknownQuery?: [string, string][];
  /** What is wrong with the request, in a few words: the example's name and the check's case. */
  summary: string;
  /** An example `error.message` (any clear sentence will do; the check reads only the code). */
  message: string;
}

export interface EndpointDoc<K extends ApiEndpointId> {
  summary: string;
  description: string;
  parameters: Record<PathParamName<K> | QueryName<K>, ParameterDoc>;
  /** More 200 requests the check sends, beyond the plain one and the one with every query parameter. */
  more?: { summary: string; query: [QueryName<K>, string][] }[];
  response: {
    description: string;
    /** Valid against the response schema (a test parses it); taken from the seed deal, not invented. */
    example?: v.InferInput<(typeof COMPONENTS)[Endpoints[K]['response']]>;
  };
  /** Each error code the table lists for this endpoint, with every request that must earn it. */
  errors: Record<ErrorCode<K>, { description: string; cases: [ErrorCaseDoc<K>, ...ErrorCaseDoc<K>[]] }>;
}

const day = (description: string, example: string): ParameterDoc => ({
  description,
  example,
  schema: { type: 'string', format: 'date', pattern: ISO_DAY_PATTERN },
});

const dealId: ParameterDoc = {
  description: 'The deal\'s id, as GET /api/deals lists it (the seed deal is "alibaba-sina-weibo-2013").',
  example: SEED_DEAL_ID,
  schema: { type: 'string', minLength: 1 },
};

function unknownDeal<K extends 'deal' | 'events' | 'metric'>(): EndpointDoc<K>['errors']['deal_not_found'] {
  const path = { dealId: 'no-such-deal' } as ErrorCaseDoc<K>['path'];
  return {
    description: 'No deal has this id.',
    cases: [{ summary: 'an unknown deal', path, message: 'No deal with the id "no-such-deal".' }],
  };
}

/** The case every endpoint has: a query parameter it does not know, answered 400 naming the known ones. */
function unknownParameter(
  name: string,
  value: string,
  known: readonly string[],
): Pick<LooseErrorCase, 'summary' | 'message' | 'unknownQuery'> {
  const knownText = known.length
    ? `known parameters: ${known.join(', ')}.`
    : 'this endpoint takes no query parameters.';
  return {
    summary: 'an unknown parameter',
    unknownQuery: [[name, value]],
    message: `Unknown query parameter "${name}"; ${knownText}`,
  };
}

const UNKNOWN_PARAMETER = 'or a query parameter it does not know (the message names the known ones)';

const kindList = EventKindSchema.options.join('|');

const silicon = { sourceId: 'silicon-de', lines: [1] };
const label = { en: 'Registered Weibo users', de: 'Registrierte Weibo-Nutzer' };

const rumourEvent: v.InferInput<typeof DealEventSchema> = {
  id: 'rumour-2012-11',
  date: { precision: 'month', date: '2012-11' },
  kind: 'rumour',
  title: {
    en: 'Rumours of a 15–20% Alibaba stake in Sina',
    de: 'Gerüchte über einen Einstieg von Alibaba mit 15–20 % bei Sina',
  },
  shortTitle: { en: 'Rumour: 15–20% of Sina', de: 'Gerücht: 15–20 % an Sina' },
  summary: {
    en: 'Rumours say Alibaba could take a stake of 15–20% in Sina.',
    de: 'Gerüchten zufolge könnte Alibaba mit 15–20 % bei Sina einsteigen.',
  },
  original:
    'Gerüchte über einen Einstieg von Alibaba im Bereich 15 bis 20 Prozent bei Sina hatte es schon im November 2012 gegeben.',
  figureIds: ['stake-rumoured'],
  sources: [{ sourceId: 'silicon-de', lines: [5] }],
};

const consideration: v.InferInput<typeof FigureSchema> = {
  id: 'consideration',
  label: { en: 'Price paid', de: 'Kaufpreis' },
  status: 'reported',
  value: 450_000_000,
  qualifier: 'exact',
  unit: 'EUR',
  publicOn: { precision: 'day', date: '2013-04-29' },
  sources: [{ ...silicon, original: 'Die Beteiligung beläuft sich genauer auf 450 Millionen Euro.' }],
};

const parties: v.InferInput<typeof DealSchema>['parties'] = {
  acquirer: {
    name: 'Alibaba Group',
    description: { en: 'Chinese e-commerce group', de: 'Chinesischer E-Commerce-Gigant' },
    sources: [{ ...silicon, original: 'Der chinesische E-Commerce-Gigant Alibaba Group' }],
  },
  target: {
    name: 'Sina Weibo',
    description: { en: "China's largest microblogging service", de: 'Größter Mikroblogging-Dienst Chinas' },
    sources: [
      { ...silicon, original: 'beim größten Mikroblogging-Dienst des Landes eingestiegen, nämlich Sina Weibo' },
    ],
  },
  targetParent: {
    name: 'Sina',
    description: {
      en: 'Reports Weibo’s user numbers with its quarterly results; its Chairman and CEO, Charles Chao, calls Weibo “our social platform”',
      de: 'Veröffentlicht Weibos Nutzerzahlen mit den eigenen Quartalszahlen; Chairman und CEO Charles Chao spricht von „unserer sozialen Plattform“',
    },
    sources: [
      { sourceId: 'silicon-de', lines: [4], original: 'Charles Chao, Chairman und CEO von Sina' },
      { sourceId: 'silicon-de', lines: [4], original: 'auf unserer sozialen Plattform' },
    ],
  },
};

const dealName = { en: 'Alibaba takes a stake in Sina Weibo', de: 'Alibaba steigt bei Sina Weibo ein' };
const announcedOn = { precision: 'day', date: '2013-04-29' } as const;

export const ENDPOINT_DOCS: { [K in ApiEndpointId]: EndpointDoc<K> } = {
  deals: {
    summary: 'List the tracked deals',
    description:
      'One summary per deal: its parties, status, announcement date, headline figures and events, as known on ' +
      'the day `asof` names (today without it). Generated test data is listed too, marked `generated: true`.',
    parameters: {
      asof: day(
        'Known as of this day (YYYY-MM-DD): nothing in a summary became public later. A month-precision fact ' +
          "counts from the month's last day, an event with `publicOn` from that day. Names follow the day too: " +
          'before the announcement a summary carries the name and parties public then. Leave it out for "today".',
        '2013-01-01',
      ),
    },
    response: {
      description: 'The deals, as summaries. (The example: the seed deal as known on 2013-01-01, `?asof=2013-01-01`.)',
      example: {
        deals: [
          {
            id: SEED_DEAL_ID,
            // As on 2013-01-01: a rumour of a stake in Sina, so neither "Sina Weibo" nor the deal's name.
            name: { en: 'Alibaba and Sina', de: 'Alibaba und Sina' },
            parties: [
              { role: 'acquirer', name: 'Alibaba Group' },
              { role: 'targetParent', name: 'Sina' },
            ],
            status: 'rumoured',
            announcedOn: null,
            headline: {},
            sources: [],
            events: {
              count: 2,
              latest: {
                id: 'results-2012-11',
                date: { precision: 'month', date: '2012-11' },
                kind: 'results',
                title: {
                  en: 'Sina reports over 400m registered Weibo users',
                  de: 'Sina meldet über 400 Mio. registrierte Weibo-Nutzer',
                },
              },
            },
            generated: false,
          },
        ],
      },
    },
    errors: {
      bad_query: {
        description: `\`asof\` is not a real day written YYYY-MM-DD, or is given more than once, ${UNKNOWN_PARAMETER}.`,
        cases: [
          {
            summary: 'a malformed asof',
            query: [['asof', '29.04.2013']],
            message: '"asof" must be a real day written YYYY-MM-DD, for example 2013-04-29 (got "29.04.2013").',
          },
          {
            summary: 'an impossible asof',
            query: [['asof', '2013-02-30']],
            message: '"asof" must be a real day written YYYY-MM-DD, for example 2013-04-29 (got "2013-02-30").',
          },
          {
            summary: 'asof given twice',
            query: [
              ['asof', '2013-01-01'],
              ['asof', '2013-02-01'],
            ],
            message: '"asof" is given more than once.',
          },
          unknownParameter('asOf', '2013-01-01', ['asof']),
        ],
      },
    },
  },

  deal: {
    summary: 'One deal, whole',
    description:
      'The deal with its parties, terms, cooperation, projections, market figures, claims, quotes, events and ' +
      'sources. Every number is a Figure: its value, unit, qualifier, status (reported, derived with its ' +
      'formula, or modelled with its assumption), its citations and the day or month it became public.',
    parameters: {
      dealId,
      events: {
        description:
          'Which events the answer carries: `all` (without it), or `key`: only those a page without a timeline ' +
          'reads, every rumour and denial (the status as of a day is read from them) and the first event made ' +
          'public. The timeline reads GET /api/deals/{dealId}/events. (The app also reads an older backend that ' +
          'ignores it and answers every event.)',
        example: 'key',
        schema: { type: 'string', enum: ['all', 'key'] },
      },
    },
    response: {
      description: 'The deal. (The example is shortened: one event, one figure.)',
      example: {
        id: SEED_DEAL_ID,
        name: dealName,
        status: 'announced',
        announcedOn,
        announcedSources: [{ sourceId: 'phys-org-2013-04-29' }, { sourceId: 'technode-2013-04-29' }],
        parties,
        terms: { consideration },
        valuation: {},
        market: [],
        claims: [],
        quotes: [],
        metrics: ['registered-users'],
        events: [rumourEvent],
        sources: [
          {
            id: 'silicon-de',
            kind: 'primary',
            publisher: 'silicon.de',
            title: null,
            date: null,
            language: 'de',
            note: {
              en: 'With material from Ellyne Phneah, ZDNet.com. The article states neither its title nor its date.',
              de: 'Mit Material von Ellyne Phneah, ZDNet.com. Der Artikel nennt weder Titel noch Datum.',
            },
          },
          {
            id: 'phys-org-2013-04-29',
            kind: 'secondary',
            publisher: 'phys.org',
            title: "Alibaba buys $586 mn stake in China's Sina Weibo",
            date: '2013-04-29',
            language: 'en',
          },
          {
            id: 'technode-2013-04-29',
            kind: 'secondary',
            publisher: 'technode.com',
            title: null,
            date: '2013-04-29',
            language: 'en',
          },
        ],
      },
    },
    errors: {
      bad_query: {
        description: `\`events\` is neither \`all\` nor \`key\`, or is given more than once, ${UNKNOWN_PARAMETER}.`,
        cases: [
          {
            summary: 'an unknown events value',
            query: [['events', 'none']],
            message: '"events" must be all or key (got "none").',
          },
          {
            summary: 'events given twice',
            query: [
              ['events', 'key'],
              ['events', 'all'],
            ],
            message: '"events" is given more than once.',
          },
          unknownParameter('event', 'key', ['events']),
        ],
      },
      deal_not_found: unknownDeal(),
    },
  },

  events: {
    summary: "A deal's events, filtered",
    description:
      'The events of one deal, sorted by date (a month before the days inside it), filtered by an inclusive ' +
      'day range and by kind. A month-precision event is kept when any day of its month is in the range.',
    parameters: {
      dealId,
      from: day('The first day of the range (inclusive), YYYY-MM-DD; open without it.', '2012-11-01'),
      to: day('The last day of the range (inclusive), YYYY-MM-DD; open without it. Not before `from`.', '2013-02-28'),
      kinds: {
        description: `Only events of these kinds, comma-separated (${EventKindSchema.options.join(', ')}); every kind without it.`,
        example: 'rumour,denial',
        schema: { type: 'string', pattern: `^(?:${kindList})(?:,(?:${kindList}))*$` },
      },
    },
    // A backend that ignores the range, or reads a month as its first or last day, answers these wrong.
    more: [
      {
        summary: 'a range that leaves out events',
        query: [
          ['from', '2013-02-01'],
          ['to', '2013-04-28'],
        ],
      },
      {
        summary: 'a range that cuts month-precision events',
        query: [
          ['from', '2013-02-15'],
          ['to', '2014-03-10'],
        ],
      },
    ],
    response: {
      description:
        "The deal's id and its events in range, sorted by date, each event once (an event's id is unique within " +
        'its deal).',
      example: { dealId: SEED_DEAL_ID, events: [rumourEvent] },
    },
    errors: {
      bad_query: {
        description: `A malformed or impossible date, \`from\` after \`to\`, an unknown kind, a parameter given more than once, ${UNKNOWN_PARAMETER}: \`?kind=rumour\` is refused, not read as every kind.`,
        cases: [
          {
            summary: 'a malformed from',
            query: [['from', '2013-4-29']],
            message: '"from" must be a date written YYYY-MM-DD.',
          },
          {
            summary: 'an impossible to',
            query: [['to', '2013-02-30']],
            message: '"to" must be a date written YYYY-MM-DD.',
          },
          {
            summary: 'from after to',
            query: [
              ['from', '2013-04-29'],
              ['to', '2013-01-01'],
            ],
            message: '"from" is after "to".',
          },
          {
            summary: 'an unknown kind',
            query: [['kinds', 'rumour,gossip']],
            message: `Unknown event kind "gossip"; known kinds: ${EventKindSchema.options.join(', ')}.`,
          },
          {
            summary: 'kinds given twice',
            query: [
              ['kinds', 'rumour'],
              ['kinds', 'denial'],
            ],
            message: '"kinds" is given more than once.',
          },
          unknownParameter('kind', 'rumour', ['from', 'to', 'kinds']),
        ],
      },
      deal_not_found: unknownDeal(),
    },
  },

  metric: {
    summary: 'One metric series of a deal',
    description: `A time series the deal lists in \`metrics\` (${MetricIdSchema.options.join(', ')}), each point a Figure.`,
    parameters: {
      dealId,
      metric: {
        description: `The metric's id: ${MetricIdSchema.options.join(' or ')}; a deal answers only those it lists in \`metrics\`.`,
        example: 'registered-users',
        schema: { type: 'string', minLength: 1 },
      },
    },
    response: {
      description: 'The series. (The example is shortened to one point.)',
      example: {
        id: 'registered-users',
        label,
        unit: 'users',
        points: [
          {
            id: 'registered-users-2013-02',
            label,
            status: 'reported',
            value: 500_000_000,
            qualifier: 'exact',
            unit: 'users',
            publicOn: { precision: 'month', date: '2013-02' },
            sources: [{ sourceId: 'technode-2013-04-29' }],
          },
        ],
      },
    },
    errors: {
      bad_query: {
        description: `The endpoint takes no query parameters: any is refused, ${UNKNOWN_PARAMETER.slice(3)}.`,
        cases: [unknownParameter('from', '2013-01-01', [])],
      },
      deal_not_found: unknownDeal(),
      metric_not_found: {
        description: 'The deal has no series of this id (an unknown metric, or one the deal does not list).',
        cases: [
          {
            summary: 'an unknown metric',
            path: { metric: 'no-such-metric' },
            message: 'Deal "alibaba-sina-weibo-2013" has no metric "no-such-metric".',
          },
        ],
      },
    },
  },

  openapi: {
    summary: 'This document',
    description: 'The contract as OpenAPI 3.1, generated from the valibot schemas (`npm run contract`).',
    parameters: {},
    response: {
      description:
        'The OpenAPI document. Its `servers` names the origin that served it (the committed file names the ' +
        "stand-in's default).",
    },
    errors: {
      bad_query: {
        description: `The endpoint takes no query parameters: any is refused, ${UNKNOWN_PARAMETER.slice(3)}.`,
        cases: [unknownParameter('format', 'yaml', [])],
      },
    },
  },
};

/** A line or two on each named schema, for `components.schemas`. */
export const COMPONENT_DOCS: Record<ComponentName, string> = {
  Deal: 'One tracked deal, whole: parties, terms, cooperation, projections, market figures, claims, quotes, events, sources.',
  DealList: 'Every tracked deal, as summaries.',
  DealSummary: 'One row of the deals index, as known on the day asked: nothing in it became public later.',
  EventList: "A deal's events in a range, sorted by date, each once: no two with one `id`.",
  DealEvent:
    'Something that happened in the deal: a rumour, a denial, results, the announcement, a filing, a market move. ' +
    'Its `id` is unique within the deal (a deal file with two alike is refused), and a link to one event ' +
    '(`?event=<id>`) relies on that: a list of events never holds two with one id, nor one event twice.',
  MetricSeries: 'A time series of one metric, each point a Figure.',
  Figure:
    'A number and its provenance: reported by a source, derived by a formula from other figures (`inputs`), ' +
    'or modelled from a stated assumption. `publicOn` is the day or month it became public. ' +
    'Its `value` is a finite number; a range (`valueHigh`) runs upwards. A market move may be negative. ' +
    'A backend is held to the same rules as the deal files (`npm run check-deal`): a value the schema refuses ' +
    'there, such as a negative amount of money, is refused in an answer too.',
  MoneyFigure: 'A Figure that is an amount of money (a price, a revenue, a valuation): never negative.',
  ShareFigure: 'A Figure that is a share of a whole (a stake, an option’s ceiling, a discount): 0 to 100 percent.',
  CountFigure: 'A Figure that counts (users, months): never negative.',
  Party: 'A party to the deal: its proper name (the same in both languages), what it is, and where that is said.',
  Quote: "A person's words, in the source's original language, with a summary in both languages.",
  Claim: 'A statement a source makes that is not a number.',
  Source: 'A publication the deal cites. `title` and `date` are null where the source gives none, never a guess.',
  Citation: "Where a statement comes from: a source's id, the article's lines, the source's own words.",
  PartialDate: 'A date as precise as the source makes it: a day (YYYY-MM-DD) or only a month (YYYY-MM).',
  LocalText: 'A text a reader sees, in English and German.',
  Status: 'How a figure is known: reported (by a source), derived (by a formula) or modelled (an assumption).',
  Unit: 'The unit of a figure.',
  EventKind: 'The kind of an event, which lane of the timeline it sits in.',
  MetricId: 'The metric series the contract knows.',
  DealStatus: 'Where the deal stands.',
  DealStatusShown: "The status a reader is shown: the deal's status, or a rumour that was denied.",
  ApiError: 'The one error shape: a stable `code` for programs and a `message` for people.',
  OpenApiDocument: 'An OpenAPI 3.1 document.',
};

/** One endpoint's docs without the per-endpoint key types, for code that walks every endpoint alike. */
export interface LooseEndpointDoc {
  summary: string;
  description: string;
  parameters: Record<string, ParameterDoc>;
  more?: { summary: string; query: [string, string][] }[];
  response: { description: string; example?: unknown };
  errors: Record<string, { description: string; cases: LooseErrorCase[] }>;
}
export interface LooseErrorCase {
  summary: string;
  message: string;
  path?: Record<string, string>;
  query?: [string, string][];
  unknownQuery?: [string, string][];
}

export const endpointDoc = (id: ApiEndpointId): LooseEndpointDoc => ENDPOINT_DOCS[id] as LooseEndpointDoc;
