import { useEffect, useState } from 'react';
import { useT } from '../../../lib/i18n';
import type { ExportContext } from '../../export/export-view';
import type { ExportExtension } from '../../export/file-name';
import type { TimelineImageInput } from './timeline-image';

const FORMATS: ExportExtension[] = ['png', 'svg', 'csv', 'json', 'ics'];
// The writers and the image renderer (react-dom/server) load on demand, in the export's own chunk.
const loadExporter = () => Promise.all([import('../../export/export-view'), import('./timeline-image')]);

export type TimelineExport = ExportContext & Omit<TimelineImageInput, 'kinds' | 'locale' | 'events' | 'figures'>;

/** Export buttons; the export code loads on demand, and is fetched ahead once the page is idle. */
export function ExportMenu({ context }: { context: () => TimelineExport }) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [prepared, setPrepared] = useState(false);

  // Fetch the exporter and its font while the network is there, so an export works offline later.
  useEffect(() => {
    const idle = globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1));
    idle(
      () =>
        void loadExporter()
          .then(([m]) => m.prepareExport())
          .then(
            () => setPrepared(true),
            () => undefined,
          ),
    );
  }, []);

  const run = async (format: ExportExtension) => {
    setBusy(true);
    setError(null);
    try {
      const [{ exportView }, { timelineImage }] = await loadExporter();
      const view = context();
      const kinds = view.kinds as TimelineImageInput['kinds'];
      await exportView(format, view, (fontCss) => timelineImage({ ...view, kinds }, fontCss));
    } catch (e) {
      setError(t('export.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className="timeline__export"
      role="group"
      aria-label={t('export.title')}
      data-prepared={prepared ? 'true' : undefined}
    >
      <span className="timeline__export-label">{t('export.title')}:</span>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => void run(format)}
        >
          {t(`export.${format}`)}
        </button>
      ))}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
