import { SEED_DEAL_ID } from '../lib/api-paths';
import { routePath } from './site';

export { SEED_DEAL_ID };

/** The address of each page, from the routes table (site.ts). */
export const paths = {
  index: () => routePath('index'),
  deal: (dealId: string) => routePath('dashboard', { dealId }),
  timeline: (dealId: string) => routePath('timeline', { dealId }),
  embed: (dealId: string, widget: string) => routePath('embed', { dealId, widget }),
};

export const SEED_DEAL_PATH = paths.deal(SEED_DEAL_ID);
