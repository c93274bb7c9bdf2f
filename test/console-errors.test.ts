// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { consoleErrorProblems, expectConsoleError, watchConsoleErrors } from './console-errors';

// The setup's own check, run by hand inside a test (a failing test cannot be asserted from outside).
describe('the console.error check', () => {
  it('reports an error the test did not expect, and one it expected that never came', () => {
    watchConsoleErrors();
    expectConsoleError(/never logged/);
    // (Printed on the run's output as well, as an unexpected error is.)
    console.error('Check of the check: an unexpected error, %s', 'formatted');
    const problems = consoleErrorProblems();
    watchConsoleErrors();
    expect(problems).toEqual([
      'console.error: Check of the check: an unexpected error, formatted',
      'expected a console.error matching /never logged/; none came',
    ]);
  });

  it('lets through an error the test expects, and only that one', () => {
    expectConsoleError(/^The boundary caught/);
    console.error('The boundary caught: boom');
  });
});
