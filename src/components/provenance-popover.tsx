import { useEffect, useId, useRef, useState } from 'react';
import { StatusBadge } from './status-badge';
import { formatPartialDate } from '../lib/format';
import { useLocale, useT } from '../lib/i18n';
import type { Figure, Source } from '../lib/schemas';
import { citationDetail, citationLabel } from '../lib/provenance';

/**
 * The source of a figure, three ways: a short label on the card, the full citation on hover and
 * focus (a tooltip the button is described by), and a details popover with the source's words.
 */
export function ProvenancePopover({ figure, sources, name }: { figure: Figure; sources: Source[]; name: string }) {
  const t = useT();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const id = useId();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    panelRef.current?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !triggerRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    triggerRef.current?.focus();
  };

  const first = citationLabel(figure.sources[0], sources, locale);
  const rest = figure.sources.length - 1;
  const label = rest > 0 ? t('source.more', { source: first, count: rest }) : first;

  return (
    <div className="provenance">
      <button
        ref={triggerRef}
        type="button"
        className="provenance__trigger"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-describedby={`${id}-tip`}
        onClick={() => setOpen((o) => !o)}
      >
        {t('source.button', { source: label })}
      </button>
      <span role="tooltip" id={`${id}-tip`} className="provenance__tooltip">
        {figure.sources.map((c) => citationDetail(c, sources, locale)).join(' | ')}
      </span>
      {open && (
        <div
          ref={panelRef}
          id={`${id}-panel`}
          className="provenance__panel"
          role="dialog"
          aria-label={`${t('details.title')}: ${name}`}
          tabIndex={-1}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              close();
            }
          }}
        >
          <ProvenanceDetails figure={figure} sources={sources} />
          <button type="button" className="button button--quiet" onClick={close}>
            {t('details.close')}
          </button>
        </div>
      )}
    </div>
  );
}

/** What the popover would tell, for a printout: a derived figure's formula, a modelled one's assumption. */
export function ProvenancePrint({ figure }: { figure: Figure }) {
  const t = useT();
  if (figure.status === 'reported') return null;
  return (
    <p className="print-only provenance__print">
      {figure.status === 'derived'
        ? `${t('details.formula')}: ${figure.formula}`
        : `${t('details.assumption')}: ${figure.assumption}`}
    </p>
  );
}

export function ProvenanceDetails({ figure, sources }: { figure: Figure; sources: Source[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <dl className="provenance__details">
      <dt>{t('details.status')}</dt>
      <dd>
        <StatusBadge status={figure.status} /> {t(`status.${figure.status}.help`)}
      </dd>
      {figure.status === 'derived' && (
        <>
          <dt>{t('details.formula')}</dt>
          <dd>
            <code>{figure.formula}</code>
          </dd>
        </>
      )}
      {figure.status === 'modelled' && (
        <>
          <dt>{t('details.assumption')}</dt>
          <dd>{figure.assumption}</dd>
        </>
      )}
      <dt>{t('details.public')}</dt>
      <dd>{formatPartialDate(figure.publicOn, locale)}</dd>
      <dt>{t('details.sources')}</dt>
      <dd>
        <ul className="provenance__sources">
          {figure.sources.map((citation, i) => (
            <li key={`${citation.sourceId}-${i}`}>
              {citationDetail(citation, sources, locale)}
              {citation.original && (
                <blockquote lang="de" className="provenance__original" aria-label={t('details.original')}>
                  {citation.original}
                </blockquote>
              )}
            </li>
          ))}
        </ul>
      </dd>
      {figure.note && (
        <>
          <dt className="visually-hidden">Note</dt>
          <dd className="provenance__note">{figure.note}</dd>
        </>
      )}
    </dl>
  );
}
