import type { Citation, DealInput, MetricId, MetricSeries, PartialDate } from '../../src/lib/schemas';

// The seed deal, transcribed from the source article and the public reports that FACTS.md lists.
// Nothing here is estimated: where a source gives no title or day, the field is null. The
// article's closing teasers (lines 8-14) belong to other stories and are deliberately absent.

export const SEED_DEAL_ID = 'alibaba-sina-weibo-2013';

const ANNOUNCED: PartialDate = { precision: 'day', date: '2013-04-29' };
const NOV_2012: PartialDate = { precision: 'month', date: '2012-11' };
const FEB_2013: PartialDate = { precision: 'month', date: '2013-02' };

const article = (lines: number[], original?: string): Citation =>
  original ? { sourceId: 'silicon-de', lines, original } : { sourceId: 'silicon-de', lines };
const PHYS = { sourceId: 'phys-org-2013-04-29' };
const TECHNODE = { sourceId: 'technode-2013-04-29' };
const XINHUA = { sourceId: 'xinhua-chinadaily-2013-04-30' };
const FORBES = { sourceId: 'forbes-reposted' };
const BARRONS = { sourceId: 'barrons-2014-03-18' };

const registeredUsersSeries: MetricSeries = {
  id: 'registered-users',
  label: 'Registered Weibo users',
  unit: 'users',
  points: [
    {
      id: 'registered-users-2012-11',
      label: 'Registered Weibo users',
      status: 'reported',
      value: 400_000_000,
      qualifier: 'over',
      unit: 'users',
      publicOn: NOV_2012,
      note: 'Milestone passed around the London Olympics (Jul-Aug 2012); the figure was given with the quarterly results in November 2012.',
      sources: [
        article(
          [6],
          'Anlässlich der olympischen Spiele in London habe die Zahl der Registrierten inzwischen die 400 Millionen überschritten, hieß es.',
        ),
      ],
    },
    {
      id: 'registered-users-2013-02',
      label: 'Registered Weibo users',
      status: 'reported',
      value: 500_000_000,
      qualifier: 'about',
      unit: 'users',
      publicOn: FEB_2013,
      note: 'Announced in February 2013, as reported on the day of the deal.',
      sources: [TECHNODE],
    },
  ],
};

const dailyActiveUsersSeries: MetricSeries = {
  id: 'daily-active-users',
  label: 'Daily active Weibo users',
  unit: 'users',
  points: [
    {
      id: 'daily-active-users-2013-02',
      label: 'Daily active Weibo users',
      status: 'reported',
      value: 47_000_000,
      qualifier: 'about',
      unit: 'users',
      publicOn: FEB_2013,
      note: 'Announced in February 2013, as reported on the day of the deal.',
      sources: [TECHNODE],
    },
  ],
};

export const seedMetrics: Record<MetricId, MetricSeries> = {
  'registered-users': registeredUsersSeries,
  'daily-active-users': dailyActiveUsersSeries,
};

export const seedDeal: DealInput = {
  id: SEED_DEAL_ID,
  name: 'Alibaba takes a stake in Sina Weibo',
  status: 'announced',
  announcedOn: ANNOUNCED,
  announcedSources: [PHYS, TECHNODE],
  parties: {
    acquirer: {
      name: 'Alibaba Group',
      description: 'Chinese e-commerce group',
      sources: [article([1], 'Der chinesische E-Commerce-Gigant Alibaba Group')],
    },
    target: {
      name: 'Sina Weibo',
      description: "China's largest microblogging service",
      sources: [article([1], 'beim größten Mikroblogging-Dienst des Landes eingestiegen, nämlich Sina Weibo')],
    },
    targetParent: {
      name: 'Sina',
      description: 'Operator of Sina Weibo',
      sources: [article([4], 'Charles Chao, Chairman und CEO von Sina')],
    },
  },
  terms: {
    consideration: {
      id: 'consideration',
      label: 'Price paid',
      status: 'reported',
      value: 450_000_000,
      qualifier: 'exact',
      unit: 'EUR',
      publicOn: ANNOUNCED,
      note: 'The article first rounds it to "almost half a billion euro". The article is undated: public from 29 Apr 2013, the day the deal was announced (phys.org, technode).',
      sources: [article([1], 'Die Beteiligung beläuft sich genauer auf 450 Millionen Euro.')],
    },
    considerationUsd: {
      id: 'consideration-usd',
      label: 'Price paid (US dollars)',
      status: 'reported',
      value: 586_000_000,
      qualifier: 'exact',
      unit: 'USD',
      publicOn: ANNOUNCED,
      note: "The same payment as the article's EUR 450M, as the English-language reports give it. Public from 29 Apr 2013, in phys.org's title of that day.",
      sources: [XINHUA, PHYS],
    },
    stakeRumoured: {
      id: 'stake-rumoured',
      label: 'Rumoured stake',
      status: 'reported',
      value: 15,
      valueHigh: 20,
      qualifier: 'range',
      unit: 'percent',
      publicOn: NOV_2012,
      sources: [
        article(
          [5],
          'Gerüchte über einen Einstieg von Alibaba im Bereich 15 bis 20 Prozent bei Sina hatte es schon im November 2012 gegeben.',
        ),
      ],
    },
    stakeAcquired: {
      id: 'stake-acquired',
      label: 'Stake acquired',
      status: 'reported',
      value: 18,
      qualifier: 'about',
      unit: 'percent',
      publicOn: ANNOUNCED,
      note: "Fully diluted, in preferred and ordinary shares. The article does not give the size of the stake. Public from 29 Apr 2013: technode's report of that day values Weibo at USD 586M / 0.18; Xinhua reported the stake on 30 Apr.",
      sources: [XINHUA, TECHNODE],
    },
    optionCeiling: {
      id: 'option-ceiling',
      label: 'Option ceiling',
      status: 'reported',
      value: 30,
      qualifier: 'exact',
      unit: 'percent',
      publicOn: ANNOUNCED,
      note: 'Alibaba may raise its stake to 30 % at a mutually agreed price. The article is undated: public from 29 Apr 2013, the day the deal was announced (phys.org, technode); Xinhua reported it on 30 Apr.',
      sources: [
        article(
          [3],
          'Der Vertrag schließt eine Option ein, diesen Anteil „zu einem gemeinsam vereinbarten Kurs“ auf 30 Prozent auszubauen.',
        ),
        XINHUA,
      ],
    },
    optionPrice: {
      id: 'option-price',
      text: 'The option is exercised at a mutually agreed price (Xinhua: a mutually agreed valuation, within a certain period).',
      original: '„zu einem gemeinsam vereinbarten Kurs“',
      publicOn: ANNOUNCED,
      sources: [article([3]), XINHUA],
    },
    laterOption: {
      terms: {
        id: 'option-terms-2014',
        text: "Weibo's IPO filing of March 2014: Alibaba may raise its stake to 30 % at the lower of 15 % below Weibo's IPO price or a USD 5.5B valuation.",
        publicOn: { precision: 'month', date: '2014-03' },
        sources: [BARRONS],
      },
      ipoDiscount: {
        id: 'option-ipo-discount-2014',
        label: 'Discount to the IPO price',
        status: 'reported',
        value: 15,
        qualifier: 'exact',
        unit: 'percent',
        publicOn: { precision: 'month', date: '2014-03' },
        note: "Barron's reported it on 18 Mar 2014, but the filing is known only by its month: counted from its end (31 Mar 2014), as the filing event is, so that no view shows the terms before the timeline shows the filing.",
        sources: [BARRONS],
      },
      valuationCapUsd: {
        id: 'option-valuation-cap-2014',
        label: 'Valuation cap for the option',
        status: 'reported',
        value: 5_500_000_000,
        qualifier: 'exact',
        unit: 'USD',
        publicOn: { precision: 'month', date: '2014-03' },
        note: "Barron's reported it on 18 Mar 2014, but the filing is known only by its month: counted from its end (31 Mar 2014), as the filing event is, so that no view shows the terms before the timeline shows the filing.",
        sources: [BARRONS],
      },
    },
    instruments: {
      id: 'instruments',
      text: 'The stake is a mix of ordinary and preferred shares; the split is not given.',
      original: 'eine Mischung aus gewöhnlichen und Vorzugsaktien',
      publicOn: ANNOUNCED,
      sources: [article([3])],
    },
  },
  cooperation: {
    term: {
      id: 'cooperation-term',
      label: 'Cooperation term',
      status: 'reported',
      value: 36,
      qualifier: 'exact',
      unit: 'months',
      publicOn: ANNOUNCED,
      note: 'Agreed initially for three years. The article is undated: public from 29 Apr 2013, the day the deal was announced (phys.org, technode).',
      sources: [
        article([1], 'Der Vertrag sieht auch eine zunächst drei Jahre währende Kooperation vor.'),
        article([2], 'über die nächsten 36 Monate'),
      ],
    },
    areas: [
      { id: 'accounts', label: 'Link user accounts', original: 'Nutzerkonten verbinden' },
      { id: 'payments', label: 'Online payments', original: 'bei Online-Bezahlmöglichkeiten kooperieren' },
      { id: 'marketing', label: 'Marketing', original: 'im Marketing' },
      {
        id: 'social-commerce',
        label: 'New business models for social commerce',
        original: 'bei der Suche nach neuen Geschäftsmodellen für Social Commerce',
      },
    ],
    sources: [article([2])],
  },
  projections: {
    revenue: {
      id: 'projected-revenue',
      label: 'Projected extra revenue',
      status: 'reported',
      value: 290_000_000,
      qualifier: 'about',
      unit: 'EUR',
      publicOn: ANNOUNCED,
      note: 'Expected from the cooperation over the next 36 months; how it spreads over the months is not reported. The article is undated: public from 29 Apr 2013, the day the deal was announced (phys.org, technode).',
      sources: [
        article([2], 'Das soll über die nächsten 36 Monate für etwa 290 Millionen Euro zusätzlichen Umsatz sorgen.'),
      ],
    },
    revenueUsd: {
      id: 'projected-revenue-usd',
      label: 'Projected extra revenue (US dollars)',
      status: 'reported',
      value: 380_000_000,
      qualifier: 'about',
      unit: 'USD',
      publicOn: { precision: 'day', date: '2013-04-30' },
      note: "Advertising and social-commerce revenue for Weibo over three years. Public from 30 Apr 2013: Xinhua is the only source that gives it in dollars; until then the dollar view converts the article's EUR 290M.",
      sources: [XINHUA],
    },
    horizon: {
      id: 'projection-horizon',
      label: 'Projection horizon',
      status: 'reported',
      value: 36,
      qualifier: 'exact',
      unit: 'months',
      publicOn: ANNOUNCED,
      note: 'The article is undated: public from 29 Apr 2013, the day the deal was announced (phys.org, technode).',
      sources: [article([2], 'über die nächsten 36 Monate')],
    },
  },
  valuation: {
    impliedUsd: {
      id: 'implied-valuation-usd',
      label: 'Implied valuation of Weibo (as reported)',
      status: 'reported',
      value: 3_260_000_000,
      qualifier: 'about',
      unit: 'USD',
      publicOn: ANNOUNCED,
      note: 'technode computes it as USD 586M / 0.18.',
      sources: [TECHNODE],
    },
  },
  market: [
    {
      id: 'sina-open-move',
      label: "Change in SINA's share price at the open",
      status: 'reported',
      value: 19,
      qualifier: 'about',
      unit: 'percent',
      publicOn: ANNOUNCED,
      note: 'Opened about 19 % higher on the day of the deal. A market price is public as it traded: from 29 Apr 2013, though Xinhua reported it on 30 Apr.',
      sources: [XINHUA],
    },
    {
      id: 'sina-close-move',
      label: "Change in SINA's share price at the close",
      status: 'reported',
      value: 9.3,
      qualifier: 'exact',
      unit: 'percent',
      publicOn: ANNOUNCED,
      note: 'Closed up 9.3 % on the day of the deal. A market price is public as it traded: from 29 Apr 2013; the reposted Forbes report is undated.',
      sources: [FORBES],
    },
    {
      id: 'sina-close-price',
      label: 'SINA closing price',
      status: 'reported',
      value: 55.03,
      qualifier: 'exact',
      unit: 'USD',
      publicOn: ANNOUNCED,
      note: 'A market price is public as it traded: from 29 Apr 2013; the reposted Forbes report is undated.',
      sources: [FORBES],
    },
  ],
  claims: [
    {
      id: 'combined-users',
      text: 'Both firms say they have "hundreds of millions of users", whose data they will now access together.',
      original: '„hunderte Millionen User“',
      publicOn: ANNOUNCED,
      sources: [article([4])],
    },
  ],
  quotes: [
    {
      id: 'quote-chao',
      speaker: 'Charles Chao',
      role: 'Chairman and CEO of Sina',
      summary:
        "E-commerce will play a central role in the future of Sina Weibo's open social platform, which makes Alibaba a natural partner. Together the firms can make a unique offer to merchants, and to people and firms selling on the platform, to profit from the shift of traffic to social and mobile.",
      original:
        'Charles Chao, Chairman und CEO von Sina, kommentierte, E-Commerce werde in der Zukunft der offenen Social-Networking-Plattform von Sina Weibo eine zentrale Rolle spielen. Deshalb sei der E-Commerce-Spezialist ein natürlicher Partner für seine Firma. „Gemeinsam können wir nicht nur bestehenden Händlern ein einmaliges Angebot machen, sondern auch Privatpersonen und Firmen, die Produkte auf unserer sozialen Plattform anbieten möchten, um von der Trafficverschiebung hin zu Social und Mobile zu profitieren.“',
      publicOn: ANNOUNCED,
      sources: [article([4])],
    },
  ],
  metrics: ['registered-users', 'daily-active-users'],
  events: [
    {
      id: 'rumour-2012-11',
      date: NOV_2012,
      kind: 'rumour',
      title: 'Rumours of a 15-20 % Alibaba stake in Sina',
      shortTitle: 'Rumour: 15-20 % of Sina',
      summary: 'Reports say Alibaba could take a stake of 15 to 20 % in Sina.',
      original:
        'Gerüchte über einen Einstieg von Alibaba im Bereich 15 bis 20 Prozent bei Sina hatte es schon im November 2012 gegeben.',
      figureIds: ['stake-rumoured'],
      sources: [article([5])],
    },
    {
      id: 'results-2012-11',
      date: NOV_2012,
      kind: 'results',
      title: 'Registered Weibo users pass 400 million',
      shortTitle: 'Users pass 400M',
      summary:
        'With its quarterly results, Sina says registered Weibo users have passed 400 million, a mark reached around the London Olympics.',
      original:
        'Die letzten konkreten Nutzerzahlen hatte Sina im November anlässlich von Quartalszahlen genannt. Anlässlich der olympischen Spiele in London habe die Zahl der Registrierten inzwischen die 400 Millionen überschritten, hieß es.',
      figureIds: ['registered-users-2012-11'],
      sources: [article([6])],
    },
    {
      id: 'denial-2013-02',
      date: FEB_2013,
      kind: 'denial',
      title: 'Sina denies the rumour',
      summary:
        'Sina says explicitly that the rumour is false and that it has an ordinary business relationship with Alibaba.',
      original:
        'Noch im Februar kommentierte Sina ausdrücklich, dies sei falsch, man unterhalte eine ganz normale Geschäftsbeziehung.',
      figureIds: [],
      sources: [article([5])],
    },
    {
      id: 'users-2013-02',
      date: FEB_2013,
      kind: 'announcement',
      title: 'Weibo announces 500 million registered users',
      shortTitle: '500M registered users',
      summary: 'Weibo has 500 million registered and 47 million daily active users.',
      figureIds: ['registered-users-2013-02', 'daily-active-users-2013-02'],
      sources: [TECHNODE],
    },
    {
      id: 'deal-2013-04-29',
      date: ANNOUNCED,
      kind: 'announcement',
      title: 'Alibaba buys a stake in Sina Weibo for EUR 450M',
      shortTitle: 'Alibaba buys in for EUR 450M',
      summary:
        'Alibaba pays EUR 450M (USD 586M) for about 18 % of Weibo in ordinary and preferred shares, with an option to reach 30 % and a cooperation for an initial three years expected to add about EUR 290M of revenue.',
      original:
        'Die Beteiligung beläuft sich genauer auf 450 Millionen Euro. Der Vertrag sieht auch eine zunächst drei Jahre währende Kooperation vor.',
      figureIds: [
        'consideration',
        'consideration-usd',
        'stake-acquired',
        'option-ceiling',
        'projected-revenue',
        'cooperation-term',
      ],
      sources: [article([1, 2, 3]), PHYS, TECHNODE, XINHUA],
    },
    {
      id: 'market-open-2013-04-29',
      date: ANNOUNCED,
      kind: 'market',
      title: 'SINA shares open about 19 % higher',
      shortTitle: 'SINA opens about 19 % higher',
      summary: "Sina's shares open about 19 % higher on the day the deal is announced.",
      figureIds: ['sina-open-move'],
      sources: [XINHUA],
    },
    {
      id: 'market-close-2013-04-29',
      date: ANNOUNCED,
      kind: 'market',
      title: 'SINA shares close up 9.3 % at USD 55.03',
      shortTitle: 'SINA closes up 9.3 %',
      summary: "Sina's shares close 9.3 % higher, at USD 55.03, on the day of the deal.",
      figureIds: ['sina-close-move', 'sina-close-price'],
      sources: [FORBES],
    },
    {
      id: 'filing-2014-03',
      date: { precision: 'month', date: '2014-03' },
      kind: 'filing',
      title: "Weibo's IPO filing sets the option's terms",
      shortTitle: 'IPO filing sets option terms',
      summary:
        "Weibo's IPO filing says Alibaba may raise its stake to 30 % at the lower of 15 % below the IPO price or a USD 5.5B valuation.",
      figureIds: ['option-ipo-discount-2014', 'option-valuation-cap-2014'],
      sources: [BARRONS],
    },
  ],
  sources: [
    {
      id: 'silicon-de',
      kind: 'primary',
      publisher: 'silicon.de',
      title: null,
      date: null,
      language: 'de',
      note: 'With material from Ellyne Phneah, ZDNet.com. The article states neither its title nor its date.',
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
    {
      id: 'xinhua-chinadaily-2013-04-30',
      kind: 'secondary',
      publisher: 'Xinhua via chinadaily.com.cn',
      title: null,
      date: '2013-04-30',
      language: 'en',
    },
    {
      id: 'forbes-reposted',
      kind: 'secondary',
      publisher: 'Forbes (reposted)',
      title: null,
      date: null,
      language: 'en',
    },
    {
      id: 'barrons-2014-03-18',
      kind: 'secondary',
      publisher: "Barron's",
      title: null,
      date: '2014-03-18',
      language: 'en',
    },
  ],
};
