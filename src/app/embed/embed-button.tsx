import { useId, useRef, useState } from 'react';
import { useT } from '../../lib/i18n';
import { usePreferences } from '../../lib/preferences';
import { useRawSearch } from '../location';
import { SEED_DEAL_ID } from '../paths';
import type { EmbedWidget } from './embed-options';
import { embedUrl } from './embed-urls';

const attr = (text: string) =>
  text.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c] ?? c);

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

/**
 * "Embed" for one widget: a dialog with a responsive embed code, a fixed iframe, static images
 * of the current view, and the permalink of the full view.
 */
export function EmbedButton({
  dealId = SEED_DEAL_ID,
  widget,
  title,
}: {
  dealId?: string;
  widget: EmbedWidget;
  title: string;
}) {
  const t = useT();
  const search = useRawSearch();
  const { pathname } = window.location;
  const prefs = usePreferences();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [look, setLook] = useState({ theme: prefs.theme, locale: prefs.locale });
  const [error, setError] = useState<string | null>(null);
  // The fixed iframe starts at the widget's height on screen, measured when the dialog opens.
  const [height, setHeight] = useState(480);

  const origin = window.location.origin;
  const src = embedUrl(origin, dealId, widget, new URLSearchParams(search), look);
  const section = () => triggerRef.current?.closest<HTMLElement>('[data-widget]') ?? null;
  const responsive = `<iframe src="${attr(src)}" title="${attr(title)}" data-deal-embed style="width:100%;border:0;height:${height}px" loading="lazy"></iframe>\n<script src="${attr(origin)}/embed.js" async></script>`;
  const fixed = `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
  const permalink = `${origin}${pathname}${search}`;

  const show = () => {
    setHeight(Math.max(Math.ceil((section()?.getBoundingClientRect().height ?? 400) + 80), 240));
    setOpen(true);
    setLook({ theme: prefs.theme, locale: prefs.locale });
    queueMicrotask(() => {
      const dialog = dialogRef.current;
      if (!dialog) return;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    });
  };
  const close = () => {
    dialogRef.current?.close?.();
    dialogRef.current?.removeAttribute('open');
    setOpen(false);
    triggerRef.current?.focus();
  };
  const image = async (format: 'png' | 'svg') => {
    const element = section();
    if (!element) return;
    setError(null);
    try {
      const { exportWidget } = await import('../../features/export/export-widget');
      await exportWidget(format, {
        element,
        title,
        subtitle: element.querySelector('.chart-card__subtitle, .timeline__subtitle')?.textContent ?? '',
        caption: element.querySelector('.chart-card__source')?.textContent ?? permalink,
        fileBase: `${dealId}-${widget}`,
      });
    } catch (e) {
      setError(t('export.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        className="button button--small embed-button"
        onClick={show}
        aria-label={t('embed.buttonLabel', { title })}
      >
        {t('embed.button')}
      </button>
      <dialog ref={dialogRef} className="embed-dialog" aria-labelledby={headingId} onClose={() => open && close()}>
        {open && (
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
            <button type="button" className="button" onClick={close}>
              {t('embed.close')}
            </button>
          </>
        )}
      </dialog>
    </>
  );
}
