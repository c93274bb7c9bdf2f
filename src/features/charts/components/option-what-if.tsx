import { type ReactNode, useId, useState } from 'react';
import { StatusBadge } from '../../../components/status-badge';
import { useLocale } from '../../../lib/i18n';
import type { HistoryMode } from '../../../lib/history-mode';
import type { Deal } from '../../../lib/schemas';
import type { ChartModel } from '../models/chart-model';
import {
  selectOptionChart,
  valuationErrorText,
  valuationFieldText,
  type OptionChartModel,
} from '../models/option-model';
import type { Currency } from '../utils/currency';
import { parseValuationInput, VALUATION_MIN, type ValuationInput } from '../utils/option';
import { CurrencySwitch } from './currency-switch';
import { FigureBarsCard } from './figure-bars';

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
  /** A preset chosen: its valuation (null: the deal's own) in its currency, which may differ from the view's. */
  onPresetChange?: (valuation: number | null, currency: Currency) => void;
}

export function OptionWhatIfView({
  model,
  actions,
  controls,
}: {
  model: ChartModel<OptionChartModel>;
  actions?: ReactNode;
  controls?: ReactNode;
}) {
  return <FigureBarsCard widget="option" barClass="bar-option" model={model} actions={actions} controls={controls} />;
}

export function OptionWhatIfChart({
  deal,
  actions,
  asOf = null,
  currency,
  valuation,
  onCurrencyChange,
  onValuationChange,
  onPresetChange = (value) => onValuationChange(value),
}: OptionWhatIfProps) {
  const locale = useLocale();
  const fieldId = useId();
  const model = selectOptionChart(deal, { currency, valuation }, locale, asOf);
  const current = model.empty === null ? model.valuation : null;
  const [text, setText] = useState(current === null ? '' : valuationFieldText(current, locale));
  const [invalid, setInvalid] = useState<Exclude<ValuationInput, { ok: true }> | null>(null);

  // When the value changes from outside (a preset, the slider, the URL, the locale), the field
  // follows it, unless it already says that value as the user typed it.
  const [synced, setSynced] = useState({ current, locale });
  if (synced.current !== current || synced.locale !== locale) {
    setSynced({ current, locale });
    const typed = parseValuationInput(text);
    if (current !== null && (!typed.ok || typed.value !== current || synced.locale !== locale)) {
      setText(valuationFieldText(current, locale));
      setInvalid(null);
    }
  }

  if (model.empty !== null) return <OptionWhatIfView model={model} actions={actions} />;

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
  const errorText = invalid ? valuationErrorText(invalid, text, model.valuation, currency, locale) : null;

  const controls = (
    <>
      <div className="field">
        <label htmlFor={fieldId}>{model.fieldLabel}</label>
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
          aria-label={model.sliderLabel}
          min={VALUATION_MIN / 1e9}
          max={SLIDER_MAX / 1e9}
          step={0.05}
          value={Math.min(model.valuation, SLIDER_MAX) / 1e9}
          onChange={(e) => onValuationChange(Math.round(Number(e.target.value) * 100) * 1e7, 'continuous')}
        />
        {errorText && (
          <p id={errorId} className="field__error" role="alert">
            {errorText}
          </p>
        )}
      </div>
      <div className="presets" role="group" aria-label={model.presetsLabel}>
        {model.presets.map((preset) => (
          <button
            key={preset.id}
            type="button"
            className="button button--small"
            aria-pressed={preset.active}
            onClick={() => onPresetChange(preset.id === 'deal-implied' ? null : preset.value, preset.currency)}
          >
            {preset.label} <StatusBadge status={preset.status} />
          </button>
        ))}
      </div>
      <CurrencySwitch value={currency} onChange={onCurrencyChange} />
    </>
  );

  return <OptionWhatIfView model={model} actions={actions} controls={controls} />;
}
