import { useEffect, useId, useRef, useState } from 'react';
import type { WidgetExportInfo } from '../../components/export-info';
import { formatDay, formatMoment } from '../../lib/format';
import { isLocaleLoaded, loadLocale, useLocale, useT, type Locale } from '../../lib/i18n';
import type { Theme } from '../../lib/preferences';
import { useRawSearch } from '../location';
import { widgetFileName } from '../../features/export/widget-file-name';
import type { WidgetId } from '../widgets/registry';
import { embedCodes, embedUrl, fullViewUrl, widgetState } from './embed-urls';

// The Embed dialog's contents: loaded the first time a reader opens (or points at) an Embed button,
// so no page carries the embed codes, the URL builder or the image export before someone asks.

function CopyField({ label, help, value }: { label: string; help?: string; value: string }) {
  const t = useT();
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      ref.current?.select();
      setState('failed');
    }
  };
  return (
    <div className="embed-dialog__field">
      <label htmlFor={id}>{label}</label>
      {help && <p className="embed-dialog__help">{help}</p>}
      <textarea
        id={id}
        ref={ref}
        readOnly
        value={value}
        rows={value.length > 160 ? 4 : 2}
        onFocus={(e) => e.target.select()}
      />
      <button type="button" className="button button--small" onClick={() => void copy()}>
        {t('embed.copy')}
      </button>
      <span role="status" className="embed-dialog__status">
        {state === 'copied' ? t('embed.copied') : state === 'failed' ? t('embed.copyFailed') : ''}
      </span>
    </div>
  );
}

export interface EmbedDialogProps {
  dealId: string;
  widget: WidgetId;
  title: string;
  headingId: string;
  initialLook: { theme: Theme; locale: Locale };
  /** The widget's section on the page, for its static image. */
  section: () => HTMLElement | null;
  /** What the widget hands to its static image; null for a widget that hands nothing. */
  exportInfo?: WidgetExportInfo | null;
  onClose: () => void;
}

export default function EmbedDialog({
  dealId,
  widget,
  title,
  headingId,
  initialLook,
  section,
  exportInfo = null,
  onClose,
}: EmbedDialogProps) {
  const t = useT();
  const locale = useLocale();
  const search = useRawSearch();
  const { origin, pathname } = window.location;
  const [look, setLook] = useState(initialLook);
  const [error, setError] = useState<string | null>(null);

  // The codes name the frame in the embed's language: fetch that dictionary when the reader picks it.
  const [, setDictionaries] = useState(0);
  useEffect(() => {
    if (isLocaleLoaded(look.locale)) return;
    let current = true;
    loadLocale(look.locale).then(
      () => current && setDictionaries((n) => n + 1),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [look.locale]);
  const src = embedUrl(origin, dealId, widget, new URLSearchParams(search), look);
  const { responsive, fixed } = embedCodes(src, origin, widget, look.locale);
  const permalink = `${origin}${pathname}${search}`;

  const image = async (format: 'png' | 'svg') => {
    const element = section();
    if (!element) return;
    setError(null);
    try {
      const { exportWidget } = await import('../../features/export/export-widget');
      const params = new URLSearchParams(search);
      const state = widgetState(params, widget);
      const asOf = state.get('asof');
      const info = exportInfo ?? { title, lines: [], legend: [], notes: [], sources: [] };
      const help = (status: 'reported' | 'derived' | 'modelled') =>
        t('widgetImage.param', { name: t(`status.${status}`), value: t(`status.${status}.help`) });
      await exportWidget(format, {
        element,
        // The view's as-of date leads: the image shows only what was public that day.
        info: asOf ? { ...info, lines: [t('asof.active', { date: formatDay(asOf, locale) }), ...info.lines] } : info,
        permalink: `${origin}${fullViewUrl(dealId, widget, params, locale)}`,
        madeOn: t('export.madeOn', { when: formatMoment(new Date(), locale) }),
        fileBase: widgetFileName(dealId, widget, { asOf, currency: state.get('currency') ?? 'EUR' }, null),
        labels: {
          legend: t('chart.legend'),
          statuses: t('widgetImage.statuses'),
          sources: t('widgetImage.sources'),
          viewOnline: t('widgetImage.viewOnline'),
          status: { reported: t('status.reported'), derived: t('status.derived'), modelled: t('status.modelled') },
          statusHelp: { reported: help('reported'), derived: help('derived'), modelled: help('modelled') },
        },
      });
    } catch (e) {
      setError(t('export.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <>
      <h2 id={headingId}>{t('embed.title', { title })}</h2>
      <fieldset className="embed-dialog__look">
        <legend>{t('embed.look')}</legend>
        <label>
          {t('prefs.theme')}{' '}
          <select
            value={look.theme}
            onChange={(e) => setLook((l) => ({ ...l, theme: e.target.value as typeof l.theme }))}
          >
            <option value="auto">{t('prefs.theme.auto')}</option>
            <option value="light">{t('prefs.theme.light')}</option>
            <option value="dark">{t('prefs.theme.dark')}</option>
          </select>
        </label>
        <label>
          {t('prefs.locale')}{' '}
          <select
            value={look.locale}
            onChange={(e) => setLook((l) => ({ ...l, locale: e.target.value as typeof l.locale }))}
          >
            <option value="en">English</option>
            <option value="de">Deutsch</option>
          </select>
        </label>
      </fieldset>
      <CopyField label={t('embed.responsive')} help={t('embed.responsiveHelp')} value={responsive} />
      <CopyField label={t('embed.fixed')} help={t('embed.fixedHelp')} value={fixed} />
      <div className="embed-dialog__field">
        <p className="embed-dialog__label">{t('embed.static')}</p>
        <p className="embed-dialog__help">{t('embed.staticHelp')}</p>
        <button type="button" className="button button--small" onClick={() => void image('png')}>
          {t('export.png')}
        </button>{' '}
        <button type="button" className="button button--small" onClick={() => void image('svg')}>
          {t('export.svg')}
        </button>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </div>
      <CopyField label={t('embed.permalink')} value={permalink} />
      <button type="button" className="button" onClick={onClose}>
        {t('embed.close')}
      </button>
    </>
  );
}
