import { http } from 'msw';
import { dealHandlers } from './deals';
import { apiError } from './errors';
import { openApiHandlers } from './openapi';
import { API_ROOT, isContractPath, noEndpointMessage } from './paths';

/**
 * Only the contract's exact paths are answered, as the stand-in answers them (http-server.ts):
 * MSW matches paths without regard to case or a trailing slash, so `/API/DEALS` and `/api/deals/`
 * would otherwise be served, and a client could come to depend on them. A contract path falls
 * through (no answer) to its endpoint's handler.
 */
const exactPathsOnly = http.all(`${API_ROOT}/*`, ({ request }) => {
  const url = new URL(request.url);
  if (isContractPath(url.pathname)) return undefined;
  return apiError(404, 'not_found', noEndpointMessage(url.pathname + url.search));
});

/** The mocked API, written once for the browser worker, Node tests and the preview build. */
export const handlers = [exactPathsOnly, ...dealHandlers, ...openApiHandlers];
