import { Link } from 'wouter';
import { useT } from '../../lib/i18n';
import { paths, SEED_DEAL_PATH } from '../paths';

export function NotFound({ dealId }: { dealId?: string }) {
  const t = useT();
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{dealId ? t('notFound.title') : t('notFound.page')}</h1>
      {dealId && <p>{t('notFound.body', { id: dealId })}</p>}
      <ul className="not-found__links">
        <li>
          <Link href={paths.index()}>{t('notFound.index')}</Link>
        </li>
        <li>
          <Link href={SEED_DEAL_PATH}>{t('notFound.back')}</Link>
        </li>
      </ul>
    </section>
  );
}

export default function NotFoundRoute() {
  return <NotFound />;
}
