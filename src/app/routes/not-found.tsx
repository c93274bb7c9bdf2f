import { Link } from 'wouter';
import { useT } from '../../lib/i18n';
import { SEED_DEAL_PATH } from '../paths';

export function NotFound({ dealId }: { dealId?: string }) {
  const t = useT();
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{dealId ? t('notFound.title') : t('notFound.page')}</h1>
      {dealId && <p>{t('notFound.body', { id: dealId })}</p>}
      <p>
        <Link href={SEED_DEAL_PATH}>{t('notFound.back')}</Link>
      </p>
    </section>
  );
}

export default function NotFoundRoute() {
  return <NotFound />;
}
