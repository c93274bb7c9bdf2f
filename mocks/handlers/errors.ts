import { HttpResponse } from 'msw';
import type { ApiErrorCode } from '../../src/lib/api-paths';
import type { ApiError } from '../../src/lib/schemas';

/**
 * The one error shape of the API: `{ "error": { "code", "message" } }`. The codes are the ones
 * API_ENDPOINTS names (so the handlers cannot answer one the contract does not list), and
 * `mock_error` for the `?mock=error` fault scenario, and `not_found` for a path that is no endpoint
 * (as the stand-in answers it, http-server.ts).
 */
export function apiError(status: 400 | 404 | 500, code: ApiErrorCode | 'mock_error' | 'not_found', message: string) {
  const body: ApiError = { error: { code, message } };
  return HttpResponse.json(body, { status });
}
