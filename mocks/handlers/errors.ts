import { HttpResponse } from 'msw';
import type { ApiError } from '../../src/lib/schemas';

/** The one error shape of the API: `{ "error": { "code", "message" } }`. */
export function apiError(status: 400 | 404 | 500, code: string, message: string) {
  const body: ApiError = { error: { code, message } };
  return HttpResponse.json(body, { status });
}
