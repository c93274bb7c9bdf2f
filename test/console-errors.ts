import { format } from 'node:util';

// A console.error in a test is a fault the reader's console would show (React's duplicate keys,
// act() warnings, a failed boundary): the test that logged it fails. A test that provokes an error
// on purpose says which, narrowly, with `expectConsoleError(/pattern/)`, and fails if it never comes.

const original = console.error;
let logged: string[] = [];
let expected: { pattern: RegExp; seen: boolean }[] = [];

/** This test logs a console error matching `pattern` on purpose: that one passes, silently. */
export function expectConsoleError(pattern: RegExp): void {
  expected.push({ pattern, seen: false });
}

/** Before each test: record console.error instead of letting it pass unnoticed. */
export function watchConsoleErrors(): void {
  logged = [];
  expected = [];
  console.error = (...args: unknown[]) => {
    const message = format(...args);
    const match = expected.find((e) => e.pattern.test(message));
    if (match) {
      match.seen = true;
      return;
    }
    logged.push(message);
    original(...args);
  };
}

/** After each test: the errors it logged that it did not expect, and the expected ones that never came. */
export function consoleErrorProblems(): string[] {
  console.error = original;
  const problems = [
    ...logged.map((message) => `console.error: ${message.split('\n').slice(0, 6).join('\n')}`),
    ...expected.filter((e) => !e.seen).map((e) => `expected a console.error matching ${e.pattern}; none came`),
  ];
  logged = [];
  expected = [];
  return problems;
}
