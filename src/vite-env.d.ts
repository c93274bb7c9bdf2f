/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_API_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

declare module 'virtual:prerendered-api' {
  /** API path (with query) → URL of its prerendered JSON; empty when nothing was prerendered. */
  const manifest: Record<string, string>;
  export default manifest;
}
