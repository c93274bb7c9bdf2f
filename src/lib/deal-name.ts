import { dealStatusAsOf, type DealStatusFacts } from './deal-status';
import { formatDay } from './format';
import { INTL_TAG, type Locale, type Translate } from './i18n';
import type { DealStatusShown, PartyRole } from './schemas';

// A deal's name and parties follow the "known as of" day as its status does: on a day when only a
// rumour of a stake in Sina was public, no heading, title, row, embed or file may say "Sina Weibo".

const ROLES: readonly PartyRole[] = ['acquirer', 'target', 'targetParent'];

/** What the naming is read from: the deal as the contract carries it (`Name`: a text, or both languages). */
export interface NamingFacts<Name> {
  name: Name;
  stageNames?: readonly { statuses: readonly DealStatusShown[]; name: Name; parties: readonly PartyRole[] }[];
  parties: Record<PartyRole, { name: string }>;
}

export interface NamedParty {
  role: PartyRole;
  name: string;
}

export interface DealNaming<Name> {
  name: Name;
  /** The parties public at that status, in the deal's order; all three once it is announced. */
  parties: NamedParty[];
}

/**
 * What a deal is called at a status: the first stage name listing it, else today's name with every
 * party. Null when nothing about the deal was public: then no name may be shown at all.
 */
export function dealNamingAt<Name>(deal: NamingFacts<Name>, status: DealStatusShown | null): DealNaming<Name> | null {
  if (status === null) return null;
  const stage = deal.stageNames?.find((s) => s.statuses.includes(status));
  const roles = stage ? ROLES.filter((role) => stage.parties.includes(role)) : ROLES;
  return {
    name: stage ? stage.name : deal.name,
    parties: roles.map((role) => ({ role, name: deal.parties[role].name })),
  };
}

/** The same on a day (null: today), with the status as the header derives it. */
export function dealNamingAsOf<Name>(
  deal: NamingFacts<Name> & DealStatusFacts,
  asOf: string | null,
): DealNaming<Name> | null {
  return dealNamingAt(deal, dealStatusAsOf(deal, asOf).status);
}

/** Whether the parties line can say who invests in whom: only once every party is public. */
export const namesEveryParty = (parties: readonly NamedParty[]) =>
  ROLES.every((r) => parties.some((p) => p.role === r));

/**
 * The deal's title as a reader sees it on a day, for headings, the tab, rows, embeds and files: its
 * name then, or, before anything was public, that nothing was.
 */
export function dealTitle(
  naming: DealNaming<string> | null,
  asOf: string | null,
  t: Translate,
  locale: Locale,
): string {
  if (naming) return naming.name;
  return asOf ? t('deal.title.none', { date: formatDay(asOf, locale) }) : t('deal.status.none');
}

/**
 * The parties line(s): "Alibaba Group invests in Sina Weibo", "Sina Weibo belongs to Sina" once all
 * are public; before, only the names public then ("Parties: Alibaba Group and Sina"); none before
 * anything was public.
 */
export function partiesLines(parties: readonly NamedParty[], t: Translate, locale: Locale): string[] {
  if (parties.length === 0) return [];
  const name = (role: PartyRole) => parties.find((p) => p.role === role)?.name ?? '';
  if (namesEveryParty(parties))
    return [
      t('deal.acquires', { acquirer: name('acquirer'), target: name('target') }),
      t('deal.parentOf', { target: name('target'), parent: name('targetParent') }),
    ];
  const list = new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' }).format(parties.map((p) => p.name));
  return [t('deal.partiesNamed', { parties: list })];
}

/** The tab's title: the app's, and the deal's as known on the view's day when there is one. */
export function documentTitle(appTitle: string, dealTitleText: string | null): string {
  return dealTitleText ? `${appTitle} · ${dealTitleText}` : appTitle;
}
