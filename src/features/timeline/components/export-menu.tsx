import { useEffect, useState, type RefObject } from 'react';
import { useT } from '../../../lib/i18n';
import type { ExportContext } from '../../export/export-view';
import type { ExportExtension } from '../../export/file-name';

const FORMATS: ExportExtension[] = ['png', 'svg', 'csv', 'json', 'ics'];
const loadExporter = () => import('../../export/export-view');

/** Export buttons; the export code loads on demand, and is fetched ahead once the page is idle. */
export function ExportMenu({
  svgHost,
  context,
}: {
  svgHost: RefObject<HTMLElement | null>;
  context: () => Omit<ExportContext, 'svg'>;
}) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Fetch the exporter and its font while the network is there, so an export works offline later.
  useEffect(() => {
    const idle = globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1));
    idle(() => void loadExporter().then((m) => m.prepareExport()));
  }, []);

  const run = async (format: ExportExtension) => {
    setBusy(true);
    setError(null);
    try {
      const { exportView } = await loadExporter();
      await exportView(format, { ...context(), svg: svgHost.current?.querySelector('svg.timeline-svg') ?? null });
    } catch (e) {
      setError(t('export.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="timeline__export" role="group" aria-label={t('export.title')}>
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
