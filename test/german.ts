import { beforeAll } from 'vitest';
import { loadLocale } from '../src/lib/i18n';

/**
 * For a test in the node environment that reads German: loads the dictionary before its tests, as
 * test/setup-dom.ts does for every jsdom test (the node environment gets none by default).
 */
export function loadGerman(): void {
  beforeAll(() => loadLocale('de'));
}
