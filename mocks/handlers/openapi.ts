import { http, HttpResponse } from 'msw';
import { API_ENDPOINTS, routePattern } from '../../src/lib/api-paths';

/** The contract as OpenAPI 3.1: the committed document (`npm run contract` writes it), byte for byte. */
export const openApiHandlers = [
  http.get(routePattern(API_ENDPOINTS.openapi.path), async () => {
    // Its own chunk: the document loads only when it is asked for, never with the app's mocks.
    const { default: document } = await import('../contract/openapi.json?raw');
    return new HttpResponse(document, { headers: { 'Content-Type': 'application/json' } });
  }),
];
