import { getResponse } from 'msw';
import { apiPaths } from '../src/lib/api-paths';
import { mockDeals } from './data';
import { handlers } from './handlers';

export interface Prerendered {
  /** The API path (and query) as the app asks for it, written by `apiPaths`. */
  path: string;
  body: string;
}

// The same handlers, asked once at build time: the answers the app's first views need.
const ORIGIN = 'http://prerender.invalid';

export function prerenderPaths(): string[] {
  const paths: string[] = [apiPaths.deals()];
  for (const [id, entry] of Object.entries(mockDeals)) {
    paths.push(apiPaths.deal(id), apiPaths.dealKeyEvents(id), apiPaths.events(id));
    for (const metric of Object.keys(entry.metrics)) paths.push(apiPaths.metric(id, metric));
  }
  return paths;
}

export async function prerender(): Promise<Prerendered[]> {
  const out: Prerendered[] = [];
  for (const path of prerenderPaths()) {
    const response = await getResponse(handlers, new Request(ORIGIN + path), { baseUrl: ORIGIN });
    if (!response || response.status !== 200)
      throw new Error(`prerendering ${path}: the handlers answered ${response?.status}`);
    out.push({ path, body: await response.text() });
  }
  return out;
}
