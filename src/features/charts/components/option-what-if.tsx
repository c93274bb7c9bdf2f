import { type ReactNode, useId, useState } from 'react';
import { ChartCard, EmptyChart } from '../../../components/chart-card';
import { FigureBars } from './figure-bars';
import { StatusBadge } from '../../../components/status-badge';
import { formatDecimal, formatFigure, formatValue } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { known } from '../../../lib/known';
import { citationLabel } from '../../../lib/provenance';
import type { HistoryMode } from '../../../lib/history-mode';
import type { Deal, Figure } from '../../../lib/schemas';
import { sourcePair, type Currency } from '../utils/currency';
import {
  optionPresets,
  optionWhatIf,
  parseValuationInput,
  presetAt,
  VALUATION_MAX,
  VALUATION_MIN,
  type ValuationInput,
} from '../utils/option';
import { emptyMessage } from '../utils/empty-message';
import { asOf as asOfLine, chartSourceList, figureTable, chartSources } from '../utils/table';
import { CurrencyNote, currencyNoteLines } from './currency-note';
import { CurrencySwitch } from './currency-switch';

const SLIDER_MAX = 20e9;

interface OptionWhatIfProps {
  deal: Deal;
  actions?: ReactNode;
  asOf?: string | null;
  currency: Currency;
  /** The valuation chosen, or null for the one the deal's price implies. */
  valuation: number | null;
  onCurrencyChange: (currency: Currency) => void;
  /** `how` is 'continuous' while the reader drags the slider or types, so one change is one entry. */
  onValuationChange: (valuation: number | null, how?: HistoryMode) => void;
}

export function OptionWhatIfChart({
  deal,
  actions,
  asOf = null,
  currency,
  valuation,
  onCurrencyChange,
  onValuationChange,
}: OptionWhatIfProps) {
  const t = useT();
  const locale = useLocale();
  const fieldId = useId();
  const title = t('option.title');
  const presets = optionPresets(deal, currency, asOf);
  const current = valuation ?? presets[0]?.valuation.value ?? null;
  const billions = (v: number) => formatDecimal(v / 1e9, locale, 2);
  const [text, setText] = useState(current === null ? '' : billions(current));
  const [invalid, setInvalid] = useState<Exclude<ValuationInput, { ok: true }> | null>(null);

  // When the value changes from outside (a preset, the slider, the URL, the locale), the field
  // follows it, unless it already says that value as the user typed it.
  const [synced, setSynced] = useState({ current, locale });
  if (synced.current !== current || synced.locale !== locale) {
    setSynced({ current, locale });
    const typed = parseValuationInput(text);
    if (current !== null && (!typed.ok || typed.value !== current || synced.locale !== locale)) {
      setText(billions(current));
      setInvalid(null);
    }
  }

  const whatIf = current === null ? null : optionWhatIf(deal, current, currency, asOf);
  if (!whatIf || current === null) {
    return (
      <ChartCard
        actions={actions}
        widget="option"
        title={title}
        state={<EmptyChart message={emptyMessage(asOf, locale)} />}
      />
    );
  }

  const pair = sourcePair(deal, asOf);
  const { acquired, price, headroom, cost, valuation: assumed, resultingStake } = whatIf;
  const points = t('stake.points', { value: formatValue(headroom.value, 'count', locale) });
  const entries: { label: string; figure: Figure }[] = [
    ...(price ? [{ label: t('option.paid', { stake: formatFigure(acquired, locale) }), figure: price }] : []),
    { label: t('option.cost', { points, valuation: formatValue(current, currency, locale) }), figure: cost },
  ];
  const later = known(deal.terms.laterOption?.terms, asOf);
  // The valuation costed is an assumption only when the reader chose it; a preset's is its figure.
  const valuationName = assumed.status === 'modelled' ? t('details.assumption') : t('option.valuation');
  const errorId = `${fieldId}-error`;

  const onText = (value: string) => {
    setText(value);
    const parsed = parseValuationInput(value);
    if (parsed.ok) {
      setInvalid(null);
      // Keystrokes in a row ("1", "12", "12.5") are one change: Back undoes the whole value.
      onValuationChange(parsed.value, 'continuous');
    } else {
      setInvalid(parsed);
    }
  };

  const errorText = invalid
    ? `${t(`option.error.${invalid.reason}`, {
        input: text.slice(0, 40),
        min: formatDecimal(VALUATION_MIN / 1e9, locale, 1),
        max: formatDecimal(VALUATION_MAX / 1e9, locale, 0),
      })} ${t('option.error.keep', { value: formatValue(current, currency, locale) })}`
    : null;

  const controls = (
    <>
      <div className="field">
        <label htmlFor={fieldId}>{t('option.field', { currency })}</label>
        <input
          id={fieldId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(e) => onText(e.target.value)}
        />
        <input
          type="range"
          aria-label={t('option.slider', { currency })}
          min={VALUATION_MIN / 1e9}
          max={SLIDER_MAX / 1e9}
          step={0.05}
          value={Math.min(current, SLIDER_MAX) / 1e9}
          onChange={(e) => onValuationChange(Math.round(Number(e.target.value) * 100) * 1e7, 'continuous')}
        />
        {errorText && (
          <p id={errorId} className="field__error" role="alert">
            {errorText}
          </p>
        )}
      </div>
      <div className="presets" role="group" aria-label={t('option.presets')}>
        {presets.map((preset) => (
          <button
            key={preset.id}
            type="button"
            className="button button--small"
            aria-pressed={presetAt(presets, current)?.id === preset.id}
            onClick={() => onValuationChange(preset.id === 'deal-implied' ? null : preset.valuation.value)}
          >
            {t(`option.preset.${preset.id}`, { value: formatFigure(preset.valuation, locale) })}{' '}
            <StatusBadge status={preset.valuation.status} />
          </button>
        ))}
      </div>
      <CurrencySwitch value={currency} onChange={onCurrencyChange} />
    </>
  );

  const figures = [acquired, headroom, assumed, ...(price ? [price] : []), cost];
  return (
    <ChartCard
      actions={actions}
      widget="option"
      title={title}
      subtitle={`${t('option.subtitle', { acquired: formatFigure(acquired, locale), ceiling: formatFigure(resultingStake, locale), points })} · ${asOfLine(figures, locale)}`}
      controls={controls}
      sourceLine={chartSources(figures, deal.sources, locale)}
      legend={entries.map((e) => ({ label: e.label, status: e.figure.status }))}
      table={figureTable(
        [
          { label: t('option.field', { currency }), figure: assumed },
          { label: t('stake.headroom'), figure: headroom },
          ...entries,
          { label: t('stake.ceiling', { value: '' }).trim(), figure: resultingStake },
        ],
        deal.sources,
        locale,
      )}
      notes={
        <>
          <p className="chart-card__note">
            {t('option.result', { ceiling: formatFigure(resultingStake, locale) })}{' '}
            <StatusBadge status={resultingStake.status} />
          </p>
          <p className="chart-card__note">
            {t('details.formula')}: <code>{cost.formula}</code> <StatusBadge status={cost.status} /> {valuationName}:{' '}
            {formatValue(assumed.value, currency, locale)} <StatusBadge status={assumed.status} />
          </p>
          {later && (
            <p className="chart-card__note">
              {t('option.filing', { terms: later.text })} (
              {later.sources.map((c) => citationLabel(c, deal.sources, locale)).join('; ')})
            </p>
          )}
          <CurrencyNote shown={[...presets.map((p) => p.valuation), ...figures]} pair={pair} />
        </>
      }
      exportInfo={{
        lines: [
          t('widgetImage.param', {
            name: t('option.field', { currency }),
            value: formatValue(current, currency, locale),
          }),
          ...(currency === 'EUR' ? [] : [t('widgetImage.currency', { currency })]),
        ],
        notes: [
          t('option.result', { ceiling: formatFigure(resultingStake, locale) }),
          `${t('details.formula')}: ${cost.formula} (${t(`status.${cost.status}`)}) · ${valuationName}: ${formatValue(assumed.value, currency, locale)} (${t(`status.${assumed.status}`)})`,
          ...(later
            ? [
                `${t('option.filing', { terms: later.text })} (${later.sources.map((c) => citationLabel(c, deal.sources, locale)).join('; ')})`,
              ]
            : []),
          ...currencyNoteLines([...presets.map((p) => p.valuation), ...figures], pair, locale),
        ],
        sources: chartSourceList(figures, deal.sources, locale),
      }}
    >
      <FigureBars entries={entries} unit={currency} title={title} desc={t('option.desc')} barClass="bar-option" />
    </ChartCard>
  );
}
