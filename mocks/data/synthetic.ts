import { EventKindSchema, type DealInput, type EventKind } from '../../src/lib/schemas';

type DealEventInput = DealInput['events'][number];

// Synthetic deals for scale: events drawn by a seeded generator, so every run serves the same
// data. They carry no figures at all, and their one source says what they are: generated.

/** mulberry32: a small, well-known 32-bit PRNG; good enough to scatter test events. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = EventKindSchema.options;
const KIND_DE: Record<EventKind, string> = {
  rumour: 'Gerücht',
  denial: 'Dementi',
  results: 'Zahlen',
  announcement: 'Meldung',
  filing: 'Pflichtmitteilung',
  market: 'Markt',
};
const START = Date.UTC(2008, 0, 1);
const DAYS = 8 * 365;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `count` events over eight years (2008-2015), a fifth of them known only to the month, in date order. */
export function syntheticEvents(count: number, seed: number): DealEventInput[] {
  const random = seededRandom(seed);
  const events: DealEventInput[] = [];
  for (let i = 0; i < count; i += 1) {
    const day = isoDay(START + Math.floor(random() * DAYS) * 86_400_000);
    const kind: EventKind = KINDS[Math.floor(random() * KINDS.length)];
    const byMonth = random() < 0.2;
    events.push({
      id: `e${i}`,
      date: byMonth ? { precision: 'month', date: day.slice(0, 7) } : { precision: 'day', date: day },
      kind,
      title: { en: `${kind} ${i + 1}`, de: `${KIND_DE[kind]} ${i + 1}` },
      summary: { en: 'Generated.', de: 'Generiert.' },
      // No figureIds: they cite no figures, and the contract lets a payload leave the empty list out.
      sources: [{ sourceId: 'generator' }],
    });
  }
  // In date order, as a tracker's timeline comes (the client still sorts what it gets).
  return events.sort((a, b) => (a.date.date < b.date.date ? -1 : a.date.date > b.date.date ? 1 : 0));
}

/** A deal shell around `generate` synthetic events (0 for a cheap summary). */
export function syntheticDeal(id: string, count: number, seed: number, generate = count): DealInput {
  return {
    id,
    name: {
      en: `Synthetic deal with ${count.toLocaleString('en-GB')} events`,
      de: `Synthetisches Geschäft mit ${count.toLocaleString('de-DE')} Ereignissen`,
    },
    status: 'rumoured',
    announcedOn: null,
    announcedSources: [],
    parties: {
      acquirer: {
        name: 'Synthetic acquirer',
        description: { en: 'Generated for scale tests', de: 'Für Lasttests generiert' },
        sources: [{ sourceId: 'generator' }],
      },
      target: {
        name: 'Synthetic target',
        description: { en: 'Generated for scale tests', de: 'Für Lasttests generiert' },
        sources: [{ sourceId: 'generator' }],
      },
      targetParent: {
        name: 'Synthetic parent',
        description: { en: 'Generated for scale tests', de: 'Für Lasttests generiert' },
        sources: [{ sourceId: 'generator' }],
      },
    },
    terms: {},
    valuation: {},
    market: [],
    claims: [],
    quotes: [],
    metrics: [],
    events: syntheticEvents(generate, seed),
    sources: [
      {
        id: 'generator',
        kind: 'secondary',
        publisher: 'Synthetic data generator',
        title: `Seeded generator, seed ${seed}`,
        date: null,
        language: 'en',
        note: {
          en: 'Not a real deal: generated events for testing the timeline at scale.',
          de: 'Kein echtes Geschäft: generierte Ereignisse, um die Zeitleiste unter Last zu testen.',
        },
      },
    ],
  };
}
