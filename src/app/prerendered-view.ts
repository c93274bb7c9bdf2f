// How a prerendered page (src/server/render.tsx, written by the build) tells the client what it
// holds, and when the client may take its HTML over. public/boot.js, which runs before the first
// paint and cannot import this module, keeps its own copy of the marker and of NEUTRAL_KEYS;
// boot.test.ts checks that the two agree.

/** A <meta name> in the head of every prerendered page. */
export const PRERENDERED_META = 'deal-dashboard:prerendered';
/** The id of the JSON block with the query cache the page was rendered from. */
export const QUERY_STATE_ID = 'query-state';
/**
 * The query parameters a page draws the same with as without: its HTML, rendered for no query at
 * all, is then what the client would draw. An embed's `theme` only sets a colour scheme on <html>.
 */
export const NEUTRAL_KEYS: readonly string[] = ['theme'];

export function isPrerendered(doc: Document): boolean {
  return doc.querySelector(`meta[name="${PRERENDERED_META}"]`) !== null;
}

/** Whether a prerendered page at this query shows what its HTML shows: nothing in the query changes the view. */
export function drawsPrerenderedView(search: string): boolean {
  return [...new URLSearchParams(search).keys()].every((key) => NEUTRAL_KEYS.includes(key));
}

/**
 * The query cache the page came with, or null when there is none; a block that is not JSON is
 * reported and left out (the page then asks the API again), never thrown.
 */
export function readStateBlock(doc: Document): unknown {
  const block = doc.getElementById(QUERY_STATE_ID);
  if (!block?.textContent) return null;
  try {
    return JSON.parse(block.textContent) as unknown;
  } catch (error) {
    console.error('The page’s prerendered data is not JSON; it asks the API again.', error);
    return null;
  }
}
