import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { prerenderedApi } from './mocks/prerender-plugin.ts';

export default defineConfig({
  plugins: [react(), prerenderedApi()],
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    restoreMocks: true,
  },
});
