import { dateSpan } from '../../../lib/dates';
import { formatFigure, formatPartialDate, formatPartialDateInText, formatValue } from '../../../lib/format';
import { translate, type Locale } from '../../../lib/i18n';
import { eventPublicOn, isPublicOn, known } from '../../../lib/known';
import type { Deal, DealEvent, Figure } from '../../../lib/schemas';
import { derive } from './derive';

/**
 * The rumour of November 2012 was about Sina, Weibo's parent company, not about Weibo: its
 * percentages have another base, so it is told in words and never drawn on Weibo's scale.
 */
export interface StakeRumour {
  figure: Figure;
  /** Sina's denial, once it was public. */
  denial?: DealEvent;
}

export interface StakeView {
  rumour?: StakeRumour;
  acquired?: Figure;
  ceiling?: Figure;
  /** Points the option may still add: ceiling minus the stake acquired (when both are known). */
  headroom?: Figure;
}

/** Percentage points in few characters, as a bar's label and a formula write them: "12 pts", "12 Pp.". */
export function pointsShort(value: number, locale: Locale): string {
  return translate(locale, 'stake.pointsShort', { value: formatValue(value, 'count', locale) });
}

/** Points the option may still add, ceiling − acquired: named and written in `locale` ("30 % − 18 %"). */
export function optionHeadroom(acquired: Figure, ceiling: Figure, locale: Locale): Figure {
  return derive({
    name: 'option-headroom',
    label: translate(locale, 'stake.headroom'),
    value: ceiling.value - acquired.value,
    unit: 'percent',
    formula: `${formatValue(ceiling.value, 'percent', locale)} − ${formatValue(acquired.value, 'percent', locale)}`,
    inputs: [ceiling, acquired],
    points: true,
  });
}

/** The denial of the rumour, if one was public on `asOf` (it follows the rumour). */
function denialOf(rumour: Figure, deal: Deal, asOf: string | null): DealEvent | undefined {
  const rumoured = dateSpan(rumour.publicOn).start;
  return deal.events.find(
    (e) => e.kind === 'denial' && dateSpan(e.date).start >= rumoured && isPublicOn(eventPublicOn(e), asOf),
  );
}

/** The stake's story as known on `asOf`: the rumour about Sina, what was bought of Weibo, the option's reach. */
export function selectStake(deal: Deal, asOf: string | null, locale: Locale): StakeView | null {
  const rumoured = known(deal.terms.stakeRumoured, asOf);
  const acquired = known(deal.terms.stakeAcquired, asOf);
  const ceiling = known(deal.terms.optionCeiling, asOf);
  if (!rumoured && !acquired) return null;
  return {
    rumour: rumoured ? { figure: rumoured, denial: denialOf(rumoured, deal, asOf) } : undefined,
    acquired,
    ceiling,
    headroom: acquired && ceiling ? optionHeadroom(acquired, ceiling, locale) : undefined,
  };
}

/** One bar on Weibo's scale: the stake acquired and the headroom the option adds to it. */
export interface StakeRow {
  key: 'deal';
  acquired: number;
  headroom: number;
}

/** The bars in percent of Weibo; the rumour, in percent of Sina, is never among them. */
export function stakeRows(view: StakeView): StakeRow[] {
  if (!view.acquired) return [];
  return [{ key: 'deal', acquired: view.acquired.value, headroom: view.headroom?.value ?? 0 }];
}

/**
 * The end of Weibo's axis: the largest value shown that day, plus room for its label, to the next
 * ten. Null when nothing is drawn on it; a figure not yet public never stretches it.
 */
export function stakeAxisMax(view: StakeView): number | null {
  const shown = [view.acquired, view.ceiling].filter((f): f is Figure => f !== undefined);
  if (shown.length === 0 || stakeRows(view).length === 0) return null;
  const top = Math.max(...shown.map((f) => f.valueHigh ?? f.value));
  return Math.ceil((top + 5) / 10) * 10;
}

/** The rumour's row label, for the data table: whose stake it was, and whether it was denied. */
export function rumourLabel(rumour: StakeRumour, locale: Locale): string {
  return rumour.denial
    ? translate(locale, 'stake.rumourLabel.denied', formatPartialDateInText(rumour.denial.date, locale))
    : translate(locale, 'stake.rumourLabel');
}

/** The rumour in one sentence, for the card, the static image and the printout. */
export function rumourNote(rumour: StakeRumour, locale: Locale): string {
  const said = translate(locale, 'stake.rumourNote', {
    date: formatPartialDate(rumour.figure.publicOn, locale),
    range: formatFigure(rumour.figure, locale),
  });
  if (!rumour.denial) return said;
  return `${said} ${translate(locale, 'stake.rumourNote.denied', formatPartialDateInText(rumour.denial.date, locale))}`;
}
