import { useState } from 'react';
import { useT } from '../lib/i18n';
import type { ParamProblem } from '../lib/url-params';

/** Says which values in the address were ignored, so a broken link never fails silently. */
export function UrlNotice({ problems }: { problems: ParamProblem[] }) {
  const t = useT();
  const key = problems.map((p) => `${p.key}=${p.value}`).join('&');
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (problems.length === 0 || dismissed === key) return null;
  return (
    <div className="url-notice" role="status">
      <p>
        {t('url.notice', {
          items: problems.map((p) => `${p.key}=“${p.value.slice(0, 60)}”`).join(', '),
        })}
      </p>
      <button type="button" className="button button--small" onClick={() => setDismissed(key)}>
        {t('url.dismiss')}
      </button>
    </div>
  );
}
