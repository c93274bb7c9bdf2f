import type { Citation, DealInput, MetricId, MetricSeriesInput, PartialDate } from '../../src/lib/schemas';

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

const registeredUsersSeries: MetricSeriesInput = {
  id: 'registered-users',
  label: { en: 'Registered Weibo users', de: 'Registrierte Weibo-Nutzer' },
  unit: 'users',
  points: [
    {
      id: 'registered-users-2012-11',
      label: { en: 'Registered Weibo users', de: 'Registrierte Weibo-Nutzer' },
      status: 'reported',
      value: 400_000_000,
      qualifier: 'over',
      unit: 'users',
      publicOn: NOV_2012,
      note: {
        en: 'Milestone passed around the London Olympics (Jul-Aug 2012); the figure was given with the quarterly results in November 2012.',
        de: 'Die Marke wurde um die Olympischen Spiele in London (Juli/August 2012) überschritten; genannt wurde die Zahl mit den Quartalszahlen im November 2012.',
      },
      sources: [
        article(
          [6],
          'Anlässlich der olympischen Spiele in London habe die Zahl der Registrierten inzwischen die 400 Millionen überschritten, hieß es.',
        ),
      ],
    },
    {
      id: 'registered-users-2013-02',
      label: { en: 'Registered Weibo users', de: 'Registrierte Weibo-Nutzer' },
      status: 'reported',
      value: 500_000_000,
      qualifier: 'about',
      unit: 'users',
      publicOn: FEB_2013,
      note: {
        en: 'Announced in February 2013, as reported on the day of the deal.',
        de: 'Im Februar 2013 bekanntgegeben, wie am Tag des Geschäfts berichtet.',
      },
      sources: [TECHNODE],
    },
  ],
};

const dailyActiveUsersSeries: MetricSeriesInput = {
  id: 'daily-active-users',
  label: { en: 'Daily active Weibo users', de: 'Täglich aktive Weibo-Nutzer' },
  unit: 'users',
  points: [
    {
      id: 'daily-active-users-2013-02',
      label: { en: 'Daily active Weibo users', de: 'Täglich aktive Weibo-Nutzer' },
      status: 'reported',
      value: 47_000_000,
      qualifier: 'about',
      unit: 'users',
      publicOn: FEB_2013,
      note: {
        en: 'Announced in February 2013, as reported on the day of the deal.',
        de: 'Im Februar 2013 bekanntgegeben, wie am Tag des Geschäfts berichtet.',
      },
      sources: [TECHNODE],
    },
  ],
};

export const seedMetrics: Record<MetricId, MetricSeriesInput> = {
  'registered-users': registeredUsersSeries,
  'daily-active-users': dailyActiveUsersSeries,
};

export const seedDeal: DealInput = {
  id: SEED_DEAL_ID,
  name: { en: 'Alibaba takes a stake in Sina Weibo', de: 'Alibaba steigt bei Sina Weibo ein' },
  status: 'announced',
  announcedOn: ANNOUNCED,
  announcedSources: [PHYS, TECHNODE],
  parties: {
    acquirer: {
      name: 'Alibaba Group',
      description: { en: 'Chinese e-commerce group', de: 'Chinesischer E-Commerce-Gigant' },
      sources: [article([1], 'Der chinesische E-Commerce-Gigant Alibaba Group')],
    },
    target: {
      name: 'Sina Weibo',
      description: { en: "China's largest microblogging service", de: 'Größter Mikroblogging-Dienst Chinas' },
      sources: [article([1], 'beim größten Mikroblogging-Dienst des Landes eingestiegen, nämlich Sina Weibo')],
    },
    targetParent: {
      name: 'Sina',
      description: { en: 'Operator of Sina Weibo', de: 'Betreiber von Sina Weibo' },
      sources: [article([4], 'Charles Chao, Chairman und CEO von Sina')],
    },
  },
  terms: {
    consideration: {
      id: 'consideration',
      label: { en: 'Price paid', de: 'Kaufpreis' },
      status: 'reported',
      value: 450_000_000,
      qualifier: 'exact',
      unit: 'EUR',
      publicOn: ANNOUNCED,
      note: {
        en: 'The article first rounds it to "almost half a billion euro". The article is undated: public from 29 Apr 2013, the day the deal was announced (phys.org, technode).',
        de: 'Der Artikel rundet zuerst auf „fast eine halbe Milliarde Euro“. Der Artikel ist undatiert: öffentlich ab dem 29. Apr. 2013, dem Tag, an dem das Geschäft bekanntgegeben wurde (phys.org, technode).',
      },
      sources: [article([1], 'Die Beteiligung beläuft sich genauer auf 450 Millionen Euro.')],
    },
    considerationUsd: {
      id: 'consideration-usd',
      label: { en: 'Price paid (US dollars)', de: 'Kaufpreis (US-Dollar)' },
      status: 'reported',
      value: 586_000_000,
      qualifier: 'exact',
      unit: 'USD',
      publicOn: ANNOUNCED,
      note: {
        en: "The same payment as the article's EUR 450M, as the English-language reports give it. Public from 29 Apr 2013, in phys.org's title of that day.",
        de: 'Dieselbe Zahlung wie die 450 Mio. Euro des Artikels, wie sie die englischsprachigen Berichte angeben. Öffentlich ab dem 29. Apr. 2013, im Titel von phys.org an diesem Tag.',
      },
      sources: [XINHUA, PHYS],
    },
    stakeRumoured: {
      id: 'stake-rumoured',
      label: { en: 'Rumoured stake', de: 'Gerüchteweise Beteiligung' },
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
      label: { en: 'Stake acquired', de: 'Erworbener Anteil' },
      status: 'reported',
      value: 18,
      qualifier: 'about',
      unit: 'percent',
      publicOn: ANNOUNCED,
      note: {
        en: "Fully diluted, in preferred and ordinary shares. The article does not give the size of the stake. Public from 29 Apr 2013: technode's report of that day values Weibo at USD 586M / 0.18; Xinhua reported the stake on 30 Apr.",
        de: 'Voll verwässert, in Vorzugs- und Stammaktien. Der Artikel nennt die Höhe des Anteils nicht. Öffentlich ab dem 29. Apr. 2013: technode bewertet Weibo an diesem Tag mit 586 Mio. US$ / 0,18; Xinhua meldete den Anteil am 30. Apr.',
      },
      sources: [XINHUA, TECHNODE],
    },
    optionCeiling: {
      id: 'option-ceiling',
      label: { en: 'Option ceiling', de: 'Obergrenze der Option' },
      status: 'reported',
      value: 30,
      qualifier: 'exact',
      unit: 'percent',
      publicOn: ANNOUNCED,
      note: {
        en: 'Alibaba may raise its stake to 30 % at a mutually agreed price. The article is undated: public from 29 Apr 2013, the day the deal was announced (phys.org, technode); Xinhua reported it on 30 Apr.',
        de: 'Alibaba darf den Anteil „zu einem gemeinsam vereinbarten Kurs“ auf 30 % ausbauen. Der Artikel ist undatiert: öffentlich ab dem 29. Apr. 2013, dem Tag, an dem das Geschäft bekanntgegeben wurde (phys.org, technode); Xinhua meldete es am 30. Apr.',
      },
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
      text: {
        en: 'The option is exercised at a mutually agreed price (Xinhua: a mutually agreed valuation, within a certain period).',
        de: 'Die Option wird „zu einem gemeinsam vereinbarten Kurs“ ausgeübt (Xinhua, übersetzt: zu einer gemeinsam vereinbarten Bewertung, innerhalb eines bestimmten Zeitraums).',
      },
      original: '„zu einem gemeinsam vereinbarten Kurs“',
      publicOn: ANNOUNCED,
      sources: [article([3]), XINHUA],
    },
    laterOption: {
      terms: {
        id: 'option-terms-2014',
        text: {
          en: "Weibo's IPO filing of March 2014: Alibaba may raise its stake to 30 % at the lower of 15 % below Weibo's IPO price or a USD 5.5B valuation.",
          de: 'Weibos Börsenprospekt vom März 2014: Alibaba darf den Anteil auf 30 % ausbauen, zum niedrigeren Wert aus 15 % unter Weibos Ausgabepreis oder einer Bewertung von 5,5 Mrd. US$.',
        },
        publicOn: { precision: 'month', date: '2014-03' },
        sources: [BARRONS],
      },
      ipoDiscount: {
        id: 'option-ipo-discount-2014',
        label: { en: 'Discount to the IPO price', de: 'Abschlag auf den Ausgabepreis' },
        status: 'reported',
        value: 15,
        qualifier: 'exact',
        unit: 'percent',
        publicOn: { precision: 'month', date: '2014-03' },
        note: {
          en: "Barron's reported it on 18 Mar 2014, but the filing is known only by its month: counted from its end (31 Mar 2014), as the filing event is, so that no view shows the terms before the timeline shows the filing.",
          de: "Barron's berichtete am 18. März 2014, der Prospekt ist aber nur dem Monat nach bekannt: gezählt ab dessen Ende (31. März 2014), wie das Ereignis des Prospekts, damit keine Ansicht die Bedingungen zeigt, bevor die Zeitleiste den Prospekt zeigt.",
        },
        sources: [BARRONS],
      },
      valuationCapUsd: {
        id: 'option-valuation-cap-2014',
        label: { en: 'Valuation cap for the option', de: 'Bewertungsobergrenze der Option' },
        status: 'reported',
        value: 5_500_000_000,
        qualifier: 'exact',
        unit: 'USD',
        publicOn: { precision: 'month', date: '2014-03' },
        note: {
          en: "Barron's reported it on 18 Mar 2014, but the filing is known only by its month: counted from its end (31 Mar 2014), as the filing event is, so that no view shows the terms before the timeline shows the filing.",
          de: "Barron's berichtete am 18. März 2014, der Prospekt ist aber nur dem Monat nach bekannt: gezählt ab dessen Ende (31. März 2014), wie das Ereignis des Prospekts, damit keine Ansicht die Bedingungen zeigt, bevor die Zeitleiste den Prospekt zeigt.",
        },
        sources: [BARRONS],
      },
    },
    instruments: {
      id: 'instruments',
      text: {
        en: 'The stake is a mix of ordinary and preferred shares; the split is not given.',
        de: 'Der Anteil ist eine Mischung aus gewöhnlichen und Vorzugsaktien; die Aufteilung wird nicht genannt.',
      },
      original: 'eine Mischung aus gewöhnlichen und Vorzugsaktien',
      publicOn: ANNOUNCED,
      sources: [article([3])],
    },
  },
  cooperation: {
    term: {
      id: 'cooperation-term',
      label: { en: 'Cooperation term', de: 'Laufzeit der Kooperation' },
      status: 'reported',
      value: 36,
      qualifier: 'exact',
      unit: 'months',
      publicOn: ANNOUNCED,
      note: {
        en: 'Agreed initially for three years. The article is undated: public from 29 Apr 2013, the day the deal was announced (phys.org, technode).',
        de: 'Zunächst auf drei Jahre vereinbart. Der Artikel ist undatiert: öffentlich ab dem 29. Apr. 2013, dem Tag, an dem das Geschäft bekanntgegeben wurde (phys.org, technode).',
      },
      sources: [
        article([1], 'Der Vertrag sieht auch eine zunächst drei Jahre währende Kooperation vor.'),
        article([2], 'über die nächsten 36 Monate'),
      ],
    },
    areas: [
      {
        id: 'accounts',
        label: { en: 'Link user accounts', de: 'Nutzerkonten verbinden' },
        original: 'Nutzerkonten verbinden',
      },
      {
        id: 'payments',
        label: { en: 'Online payments', de: 'Online-Bezahlmöglichkeiten' },
        original: 'bei Online-Bezahlmöglichkeiten kooperieren',
      },
      { id: 'marketing', label: { en: 'Marketing', de: 'Marketing' }, original: 'im Marketing' },
      {
        id: 'social-commerce',
        label: { en: 'New business models for social commerce', de: 'Neue Geschäftsmodelle für Social Commerce' },
        original: 'bei der Suche nach neuen Geschäftsmodellen für Social Commerce',
      },
    ],
    sources: [article([2])],
  },
  projections: {
    revenue: {
      id: 'projected-revenue',
      label: { en: 'Projected extra revenue', de: 'Erwarteter zusätzlicher Umsatz' },
      status: 'reported',
      value: 290_000_000,
      qualifier: 'about',
      unit: 'EUR',
      publicOn: ANNOUNCED,
      note: {
        en: 'Expected from the cooperation over the next 36 months; how it spreads over the months is not reported. The article is undated: public from 29 Apr 2013, the day the deal was announced (phys.org, technode).',
        de: 'Von der Kooperation in den nächsten 36 Monaten erwartet; wie er sich auf die Monate verteilt, wird nicht berichtet. Der Artikel ist undatiert: öffentlich ab dem 29. Apr. 2013, dem Tag, an dem das Geschäft bekanntgegeben wurde (phys.org, technode).',
      },
      sources: [
        article([2], 'Das soll über die nächsten 36 Monate für etwa 290 Millionen Euro zusätzlichen Umsatz sorgen.'),
      ],
    },
    revenueUsd: {
      id: 'projected-revenue-usd',
      label: { en: 'Projected extra revenue (US dollars)', de: 'Erwarteter zusätzlicher Umsatz (US-Dollar)' },
      status: 'reported',
      value: 380_000_000,
      qualifier: 'about',
      unit: 'USD',
      publicOn: { precision: 'day', date: '2013-04-30' },
      note: {
        en: "Advertising and social-commerce revenue for Weibo over three years. Public from 30 Apr 2013: Xinhua is the only source that gives it in dollars; until then the dollar view converts the article's EUR 290M.",
        de: 'Werbe- und Social-Commerce-Umsatz für Weibo in drei Jahren. Öffentlich ab dem 30. Apr. 2013: Nur Xinhua nennt ihn in Dollar; bis dahin rechnet die Dollar-Ansicht die 290 Mio. Euro des Artikels um.',
      },
      sources: [XINHUA],
    },
    horizon: {
      id: 'projection-horizon',
      label: { en: 'Projection horizon', de: 'Zeitraum der Prognose' },
      status: 'reported',
      value: 36,
      qualifier: 'exact',
      unit: 'months',
      publicOn: ANNOUNCED,
      note: {
        en: 'The article is undated: public from 29 Apr 2013, the day the deal was announced (phys.org, technode).',
        de: 'Der Artikel ist undatiert: öffentlich ab dem 29. Apr. 2013, dem Tag, an dem das Geschäft bekanntgegeben wurde (phys.org, technode).',
      },
      sources: [article([2], 'über die nächsten 36 Monate')],
    },
  },
  valuation: {
    impliedUsd: {
      id: 'implied-valuation-usd',
      label: { en: 'Implied valuation of Weibo (as reported)', de: 'Implizite Bewertung von Weibo (wie berichtet)' },
      status: 'reported',
      value: 3_260_000_000,
      qualifier: 'about',
      unit: 'USD',
      publicOn: ANNOUNCED,
      note: { en: 'technode computes it as USD 586M / 0.18.', de: 'technode rechnet 586 Mio. US$ / 0,18.' },
      sources: [TECHNODE],
    },
  },
  market: [
    {
      id: 'sina-open-move',
      label: { en: "Change in SINA's share price at the open", de: 'Kursänderung der SINA-Aktie zur Eröffnung' },
      status: 'reported',
      value: 19,
      qualifier: 'about',
      unit: 'percent',
      publicOn: ANNOUNCED,
      note: {
        en: 'Opened about 19 % higher on the day of the deal. A market price is public as it traded: from 29 Apr 2013, though Xinhua reported it on 30 Apr.',
        de: 'Am Tag des Geschäfts rund 19 % höher eröffnet. Ein Marktkurs ist öffentlich, sobald gehandelt wird: ab dem 29. Apr. 2013, obwohl Xinhua ihn am 30. Apr. meldete.',
      },
      sources: [XINHUA],
    },
    {
      id: 'sina-close-move',
      label: { en: "Change in SINA's share price at the close", de: 'Kursänderung der SINA-Aktie zum Schluss' },
      status: 'reported',
      value: 9.3,
      qualifier: 'exact',
      unit: 'percent',
      publicOn: ANNOUNCED,
      note: {
        en: 'Closed up 9.3 % on the day of the deal. A market price is public as it traded: from 29 Apr 2013; the reposted Forbes report is undated.',
        de: 'Am Tag des Geschäfts 9,3 % höher geschlossen. Ein Marktkurs ist öffentlich, sobald gehandelt wird: ab dem 29. Apr. 2013; der weiterveröffentlichte Forbes-Bericht ist undatiert.',
      },
      sources: [FORBES],
    },
    {
      id: 'sina-close-price',
      label: { en: 'SINA closing price', de: 'Schlusskurs der SINA-Aktie' },
      status: 'reported',
      value: 55.03,
      qualifier: 'exact',
      unit: 'USD',
      publicOn: ANNOUNCED,
      note: {
        en: 'A market price is public as it traded: from 29 Apr 2013; the reposted Forbes report is undated.',
        de: 'Ein Marktkurs ist öffentlich, sobald gehandelt wird: ab dem 29. Apr. 2013; der weiterveröffentlichte Forbes-Bericht ist undatiert.',
      },
      sources: [FORBES],
    },
  ],
  claims: [
    {
      id: 'combined-users',
      text: {
        en: 'Both firms say they have "hundreds of millions of users", whose data they will now access together.',
        de: 'Die beiden Firmen haben nach eigenen Angaben „hunderte Millionen User“, auf deren Daten sie jetzt gemeinsam zugreifen werden.',
      },
      original: '„hunderte Millionen User“',
      publicOn: ANNOUNCED,
      sources: [article([4])],
    },
  ],
  quotes: [
    {
      id: 'quote-chao',
      speaker: 'Charles Chao',
      role: { en: 'Chairman and CEO of Sina', de: 'Chairman und CEO von Sina' },
      summary: {
        en: "E-commerce will play a central role in the future of Sina Weibo's open social platform, which makes Alibaba a natural partner. Together the firms can make a unique offer to merchants, and to people and firms selling on the platform, to profit from the shift of traffic to social and mobile.",
        de: 'E-Commerce werde in der Zukunft der offenen Social-Networking-Plattform von Sina Weibo eine zentrale Rolle spielen; deshalb sei der E-Commerce-Spezialist ein natürlicher Partner. Gemeinsam könne man Händlern, Privatpersonen und Firmen auf der Plattform ein einmaliges Angebot machen, um von der Trafficverschiebung hin zu Social und Mobile zu profitieren.',
      },
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
      title: {
        en: 'Rumours of a 15-20 % Alibaba stake in Sina',
        de: 'Gerüchte über einen Einstieg von Alibaba mit 15 bis 20 % bei Sina',
      },
      shortTitle: { en: 'Rumour: 15-20 % of Sina', de: 'Gerücht: 15 bis 20 % von Sina' },
      summary: {
        en: 'Reports say Alibaba could take a stake of 15 to 20 % in Sina.',
        de: 'Gerüchte über einen Einstieg von Alibaba im Bereich 15 bis 20 Prozent bei Sina.',
      },
      original:
        'Gerüchte über einen Einstieg von Alibaba im Bereich 15 bis 20 Prozent bei Sina hatte es schon im November 2012 gegeben.',
      figureIds: ['stake-rumoured'],
      sources: [article([5])],
    },
    {
      id: 'results-2012-11',
      date: NOV_2012,
      kind: 'results',
      title: { en: 'Registered Weibo users pass 400 million', de: 'Registrierte Weibo-Nutzer über 400 Millionen' },
      shortTitle: { en: 'Users pass 400M', de: 'Über 400 Mio. Nutzer' },
      summary: {
        en: 'With its quarterly results, Sina says registered Weibo users have passed 400 million, a mark reached around the London Olympics.',
        de: 'Mit den Quartalszahlen nennt Sina über 400 Millionen registrierte Weibo-Nutzer, eine Marke, die um die Olympischen Spiele in London überschritten wurde.',
      },
      original:
        'Die letzten konkreten Nutzerzahlen hatte Sina im November anlässlich von Quartalszahlen genannt. Anlässlich der olympischen Spiele in London habe die Zahl der Registrierten inzwischen die 400 Millionen überschritten, hieß es.',
      figureIds: ['registered-users-2012-11'],
      sources: [article([6])],
    },
    {
      id: 'denial-2013-02',
      date: FEB_2013,
      kind: 'denial',
      title: { en: 'Sina denies the rumour', de: 'Sina dementiert das Gerücht' },
      summary: {
        en: 'Sina says explicitly that the rumour is false and that it has an ordinary business relationship with Alibaba.',
        de: 'Sina kommentiert ausdrücklich, dies sei falsch, man unterhalte eine ganz normale Geschäftsbeziehung.',
      },
      original:
        'Noch im Februar kommentierte Sina ausdrücklich, dies sei falsch, man unterhalte eine ganz normale Geschäftsbeziehung.',
      figureIds: [],
      sources: [article([5])],
    },
    {
      id: 'users-2013-02',
      date: FEB_2013,
      kind: 'announcement',
      title: {
        en: 'Weibo announces 500 million registered users',
        de: 'Weibo meldet 500 Millionen registrierte Nutzer',
      },
      shortTitle: { en: '500M registered users', de: '500 Mio. registrierte Nutzer' },
      summary: {
        en: 'Weibo has 500 million registered and 47 million daily active users.',
        de: 'Weibo hat rund 500 Millionen registrierte und rund 47 Millionen täglich aktive Nutzer.',
      },
      figureIds: ['registered-users-2013-02', 'daily-active-users-2013-02'],
      sources: [TECHNODE],
    },
    {
      id: 'deal-2013-04-29',
      date: ANNOUNCED,
      kind: 'announcement',
      title: {
        en: 'Alibaba buys a stake in Sina Weibo for EUR 450M',
        de: 'Alibaba steigt für 450 Mio. Euro bei Sina Weibo ein',
      },
      shortTitle: { en: 'Alibaba buys in for EUR 450M', de: 'Einstieg für 450 Mio. Euro' },
      summary: {
        en: 'Alibaba pays EUR 450M (USD 586M) for about 18 % of Weibo in ordinary and preferred shares, with an option to reach 30 % and a cooperation for an initial three years expected to add about EUR 290M of revenue.',
        de: 'Alibaba zahlt 450 Mio. Euro (586 Mio. US$) für rund 18 % von Weibo in gewöhnlichen und Vorzugsaktien, mit einer Option auf 30 % und einer zunächst drei Jahre währenden Kooperation, die etwa 290 Mio. Euro zusätzlichen Umsatz bringen soll.',
      },
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
      title: { en: 'SINA shares open about 19 % higher', de: 'SINA-Aktie eröffnet rund 19 % höher' },
      shortTitle: { en: 'SINA opens about 19 % higher', de: 'SINA eröffnet rund 19 % höher' },
      summary: {
        en: "Sina's shares open about 19 % higher on the day the deal is announced.",
        de: 'Die Sina-Aktie eröffnet am Tag der Bekanntgabe rund 19 % höher.',
      },
      figureIds: ['sina-open-move'],
      sources: [XINHUA],
    },
    {
      id: 'market-close-2013-04-29',
      date: ANNOUNCED,
      kind: 'market',
      title: { en: 'SINA shares close up 9.3 % at USD 55.03', de: 'SINA-Aktie schließt 9,3 % höher bei 55,03 US$' },
      shortTitle: { en: 'SINA closes up 9.3 %', de: 'SINA schließt 9,3 % höher' },
      summary: {
        en: "Sina's shares close 9.3 % higher, at USD 55.03, on the day of the deal.",
        de: 'Die Sina-Aktie schließt am Tag des Geschäfts 9,3 % höher, bei 55,03 US$.',
      },
      figureIds: ['sina-close-move', 'sina-close-price'],
      sources: [FORBES],
    },
    {
      id: 'filing-2014-03',
      date: { precision: 'month', date: '2014-03' },
      kind: 'filing',
      title: {
        en: "Weibo's IPO filing sets the option's terms",
        de: 'Weibos Börsenprospekt legt die Optionsbedingungen fest',
      },
      shortTitle: { en: 'IPO filing sets option terms', de: 'Prospekt legt Optionsbedingungen fest' },
      summary: {
        en: "Weibo's IPO filing says Alibaba may raise its stake to 30 % at the lower of 15 % below the IPO price or a USD 5.5B valuation.",
        de: 'Laut Weibos Börsenprospekt darf Alibaba den Anteil auf 30 % ausbauen, zum niedrigeren Wert aus 15 % unter dem Ausgabepreis oder einer Bewertung von 5,5 Mrd. US$.',
      },
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
