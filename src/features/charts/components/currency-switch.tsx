import { useId } from 'react';
import { useT } from '../../../lib/i18n';
import { CURRENCIES, type Currency } from '../utils/currency';

export function CurrencySwitch({ value, onChange }: { value: Currency; onChange: (currency: Currency) => void }) {
  const t = useT();
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend>{t('chart.currency')}</legend>
      {CURRENCIES.map((currency) => (
        <label key={currency}>
          <input
            type="radio"
            name={name}
            value={currency}
            checked={value === currency}
            onChange={() => onChange(currency)}
          />
          {currency}
        </label>
      ))}
    </fieldset>
  );
}
