import { formatMoment } from '../lib/format';
import { useLocale, useT } from '../lib/i18n';
import { usePrintedAt } from '../lib/printing';

/** The printed page's first line: when it was printed ("Printed 7 Dec 2026, 19:05 UTC"). Paper only. */
export function PrintedOn() {
  const at = usePrintedAt();
  if (!at) return null;
  return <PrintedOnLine at={at} />;
}

/** The line itself, for a moment passed in. */
export function PrintedOnLine({ at }: { at: Date }) {
  const t = useT();
  const locale = useLocale();
  return <p className="print-only printed-on">{t('print.madeOn', { when: formatMoment(at, locale) })}</p>;
}
