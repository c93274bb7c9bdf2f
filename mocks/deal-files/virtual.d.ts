declare module 'virtual:deal-files' {
  import type { LoadedDeal } from './load';

  /** The valid deal files in mocks/deals/, by file name (mocks/deal-files/plugin.ts). */
  const deals: LoadedDeal[];
  export default deals;
}
