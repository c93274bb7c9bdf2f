// What draw-in-dom.tsx uses of jsdom (a dev dependency, without its own types).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string, options?: { pretendToBeVisual?: boolean });
    readonly window: Window & typeof globalThis;
  }
}
