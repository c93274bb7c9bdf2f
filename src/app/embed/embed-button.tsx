import { useId, useRef, useState } from 'react';
import { useWidgetExportInfo } from '../../components/export-info';
import { loadable } from '../../components/loadable';
import { useT } from '../../lib/i18n';
import { usePreferences } from '../../lib/preferences';
import { SEED_DEAL_ID } from '../paths';
import type { WidgetId } from '../widgets/registry';

const loadDialog = () => import('./embed-dialog');
const EmbedDialog = loadable(loadDialog, 'what.embed');

/**
 * "Embed" for one widget: a dialog with a responsive embed code, a fixed iframe, static images
 * of the current view, and the permalink of the full view. The dialog's contents load on demand.
 */
export function EmbedButton({
  dealId = SEED_DEAL_ID,
  widget,
  title,
}: {
  dealId?: string;
  widget: WidgetId;
  /** The widget's title, as its heading shows it (its registry entry's `title`). */
  title: string;
}) {
  const t = useT();
  const prefs = usePreferences();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const [open, setOpen] = useState(false);
  // What the widget hands to its static image: title, parameters, legend, notes, sources.
  const exportInfo = useWidgetExportInfo();
  const section = () => triggerRef.current?.closest<HTMLElement>('[data-widget]') ?? null;

  const show = () => {
    setOpen(true);
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

  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        className="button button--small embed-button"
        onClick={show}
        // Pointing at the button or tabbing to it fetches the dialog, so it opens at once.
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        aria-label={t('embed.buttonLabel', { title })}
      >
        {t('embed.button')}
      </button>
      <dialog ref={dialogRef} className="embed-dialog" aria-labelledby={headingId} onClose={() => open && close()}>
        {open && (
          <EmbedDialog
            dealId={dealId}
            widget={widget}
            title={title}
            headingId={headingId}
            initialLook={{ theme: prefs.theme, locale: prefs.locale }}
            section={section}
            exportInfo={exportInfo}
            onClose={close}
          />
        )}
      </dialog>
    </>
  );
}
