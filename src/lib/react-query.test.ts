// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ApiUnavailableError, HttpError, NetworkError, PayloadError } from './api-client';
import { shouldRetry } from './react-query';

describe('shouldRetry', () => {
  it('never retries a 4xx or a payload that breaks the contract', () => {
    expect(shouldRetry(0, new HttpError(404, 'deal_not_found', 'x'))).toBe(false);
    expect(shouldRetry(0, new HttpError(400, 'bad_query', 'x'))).toBe(false);
    expect(shouldRetry(0, new PayloadError('/api/deals', 'deals', 'x'))).toBe(false);
  });

  it('never retries a stand-in API that could not start in its frame: it will not start on a retry either', () => {
    expect(shouldRetry(0, new ApiUnavailableError('SecurityError: Access is denied'))).toBe(false);
  });

  it('retries a 5xx or a lost connection twice', () => {
    expect(shouldRetry(0, new HttpError(503, 'x', 'x'))).toBe(true);
    expect(shouldRetry(1, new NetworkError('/api/deals'))).toBe(true);
    expect(shouldRetry(2, new NetworkError('/api/deals'))).toBe(false);
  });
});
