import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { prerenderedApi } from './mocks/prerender-plugin.ts';

/**
 * The built app's Content-Security-Policy, as a meta tag: scripts only from the app's origin (no
 * inline script, no eval), data only from the app's origin or the configured API. Styles allow
 * inline attributes because React and Recharts set `style`. Development keeps Vite's own inline
 * preamble, so the policy is added to builds only.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml() {
      const api = process.env.VITE_API_BASE_URL ? new URL(process.env.VITE_API_BASE_URL).origin : '';
      const policy = [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        `connect-src 'self'${api ? ` ${api}` : ''}`,
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ].join('; ');
      return [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
      ];
    },
  };
}

export default defineConfig({
  plugins: [react(), prerenderedApi(), contentSecurityPolicy()],
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
