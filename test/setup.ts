import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { server } from '../mocks/node';
import { consoleErrorProblems, watchConsoleErrors } from './console-errors';

// Pure tests run in the node environment (`// @vitest-environment node`, see
// test/environments.test.ts): they get no jsdom, no React Testing Library and no dictionaries.
const dom = typeof document === 'undefined' ? null : await import('./setup-dom');

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => watchConsoleErrors());
afterEach(() => {
  dom?.cleanupDom();
  server.resetHandlers();
  // After cleanup, so that what unmounting logs counts against the test too.
  const problems = consoleErrorProblems();
  if (problems.length > 0) throw new Error(`The test logged errors it did not expect:\n${problems.join('\n')}`);
});
afterAll(() => server.close());
