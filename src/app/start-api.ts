import { startMockedApi } from '../../mocks/start';
import { httpTransport, setTransport } from '../lib/api-client';
import { API_BASE_URL } from '../lib/api-paths';

interface StartedApi {
  /** Whether the API answers before the app's code has loaded, so early-requests.ts may ask it. */
  answersEarly: boolean;
}

let started: StartedApi | null = null;

/**
 * Chooses how this page reaches the API, once, and hands that transport to the API client: the
 * API a build was made for (VITE_API_BASE_URL), else the mocked API (mocks/start.ts: the
 * prerendered answers, or the live worker). Both entries call it, the early requests and main.tsx,
 * and whichever runs first chooses.
 */
export function startApi(search: string): StartedApi {
  if (started) return started;
  // The env var itself, not API_BASE_URL: a constant the bundler folds, so a real-API build drops the mocks.
  const api = import.meta.env.VITE_API_BASE_URL
    ? { transport: httpTransport(API_BASE_URL), answersEarly: true }
    : startMockedApi(search);
  setTransport(api.transport);
  started = { answersEarly: api.answersEarly };
  return started;
}
