import { describe, expect, it } from 'vitest';
import { readStoredPreferences } from './preferences';

describe('readStoredPreferences', () => {
  it('keeps known values and drops anything else', () => {
    expect(readStoredPreferences('{"locale":"de","theme":"dark"}')).toEqual({ locale: 'de', theme: 'dark' });
    expect(readStoredPreferences('{"locale":"fr","theme":"<script>"}')).toEqual({});
    expect(readStoredPreferences('not json')).toEqual({});
    expect(readStoredPreferences('null')).toEqual({});
    expect(readStoredPreferences(null)).toEqual({});
  });
});
