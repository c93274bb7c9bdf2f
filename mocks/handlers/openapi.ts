import { http, HttpResponse } from 'msw';
import { API_ENDPOINTS, routePattern } from '../../src/lib/api-paths';
import { unknownQueryParameter } from './query';

/**
 * The contract as OpenAPI 3.1: the committed document (`npm run contract` writes it), with its
 * `servers` naming the origin that serves it, so a tool reading it from another port asks that port.
 */
export const openApiHandlers = [
  http.get(routePattern(API_ENDPOINTS.openapi.path), async ({ request }) => {
    const unknown = unknownQueryParameter(request, API_ENDPOINTS.openapi.query);
    if (unknown) return unknown;
    // Its own chunk: the document loads only when it is asked for, never with the app's mocks.
    const { default: document } = await import('../contract/openapi.json?raw');
    return new HttpResponse(servedDocument(document, new URL(request.url).origin), {
      headers: { 'Content-Type': 'application/json' },
    });
  }),
];

/** The document with `servers` set to `origin`, where this copy is served. */
export function servedDocument(document: string, origin: string): string {
  const parsed = JSON.parse(document) as { servers?: unknown };
  parsed.servers = [{ url: origin, description: 'This server: the one that served this document' }];
  return JSON.stringify(parsed, null, 2);
}
