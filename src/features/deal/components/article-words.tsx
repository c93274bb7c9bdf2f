import { FootnoteMarks } from '../../../components/footnotes';
import { useLocale, useT } from '../../../lib/i18n';
import { citationDetail, citationLabel } from '../../../lib/provenance';
import type { Citation, Deal } from '../../../lib/schemas';
import { selectArticleWords } from '../utils/article-words';

/** "Source: silicon.de, line 2", with the full citation on hover. */
function SourceNote({ citations, deal }: { citations: readonly Citation[]; deal: Deal }) {
  const t = useT();
  const locale = useLocale();
  return (
    <p
      className="article-words__source"
      title={citations.map((c) => citationDetail(c, deal.sources, locale)).join(' | ')}
    >
      {t('source.button', { source: citations.map((c) => citationLabel(c, deal.sources, locale)).join('; ') })}
      <FootnoteMarks citations={citations} />
    </p>
  );
}

/**
 * What the article says in words, beside the key figures: the cooperation's four areas and Charles
 * Chao's comment, each in the reader's language with the article's German beside it and its line.
 * Nothing before the day they were public.
 */
export function ArticleWordsView({ deal, asOf = null }: { deal: Deal; asOf?: string | null }) {
  const t = useT();
  const words = selectArticleWords(deal, asOf);
  if (!words) return null;
  return (
    <div className="article-words" data-article-words>
      {words.areas.length > 0 && (
        <section className="article-words__block" aria-labelledby="article-areas">
          <h3 id="article-areas" className="article-words__heading">
            {t('article.areas')}
          </h3>
          <ul className="article-words__areas">
            {words.areas.map((area) => (
              <li key={area.id} data-area={area.id}>
                <span className="article-words__label">{area.label}</span>{' '}
                {/* The article's German in German quotation marks, unless the label already says it. */}
                {area.original !== area.label && (
                  <span lang="de" className="article-words__original">
                    „{area.original}“
                  </span>
                )}
              </li>
            ))}
          </ul>
          <SourceNote citations={words.areaSources} deal={deal} />
        </section>
      )}
      {words.quotes.map((quote) => (
        <section
          key={quote.id}
          className="article-words__block"
          aria-labelledby={`article-quote-${quote.id}`}
          data-quote={quote.id}
        >
          <h3 id={`article-quote-${quote.id}`} className="article-words__heading">
            {t('article.quoteBy', { speaker: quote.speaker, role: quote.role })}
          </h3>
          <blockquote className="article-words__quote">
            <p>{quote.summary}</p>
          </blockquote>
          <p className="article-words__original-heading">{t('details.original')}</p>
          <blockquote lang="de" className="article-words__quote article-words__quote--original">
            <p>{quote.original}</p>
          </blockquote>
          <SourceNote citations={quote.sources} deal={deal} />
        </section>
      ))}
    </div>
  );
}
