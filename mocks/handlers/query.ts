import { apiError } from './errors';

// A strict backend refuses a query parameter it does not know: `?kind=rumour` (for `kinds`) would
// otherwise answer every event as if it had been honoured. The answer names the known ones.

/** The 400 for the first query parameter not in `known`, or null when every one is known. */
export function unknownQueryParameter(request: Request, known: readonly string[]): Response | null {
  for (const name of new URL(request.url).searchParams.keys()) {
    if (known.includes(name)) continue;
    const shown = JSON.stringify(name.slice(0, 40));
    const knownText = known.length
      ? `known parameters: ${known.join(', ')}.`
      : 'this endpoint takes no query parameters.';
    return apiError(400, 'bad_query', `Unknown query parameter ${shown}; ${knownText}`);
  }
  return null;
}
