import { isPublicOn, known } from '../../../lib/known';
import type { Citation, Deal, Quote } from '../../../lib/schemas';

/** One area of the cooperation, in the reader's language and in the article's own words. */
export interface CooperationArea {
  id: string;
  label: string;
  original: string;
}

/** What the article says beyond its numbers, as known on a day: the cooperation's areas and the quotes. */
export interface ArticleWords {
  areas: CooperationArea[];
  areaSources: Citation[];
  quotes: Quote[];
}

/**
 * The cooperation's areas (public with the cooperation's term: the same undated article, counted
 * from the announcement) and the quotes public on `asOf`; null when neither was public yet.
 */
export function selectArticleWords(deal: Deal, asOf: string | null = null): ArticleWords | null {
  const cooperation = deal.cooperation;
  const areasPublic = cooperation !== undefined && isPublicOn(cooperation.term.publicOn, asOf);
  const quotes = deal.quotes.filter((q) => known(q, asOf));
  const areas = areasPublic ? cooperation.areas : [];
  if (areas.length === 0 && quotes.length === 0) return null;
  return { areas, areaSources: areasPublic ? cooperation.sources : [], quotes };
}
