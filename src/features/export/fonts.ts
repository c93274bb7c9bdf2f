import interRegular from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import interBold from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';

// Exports carry their font inside them, so an SVG opens the same anywhere and a PNG rasterises
// with it. The bytes are fetched once, early, so that exporting later works without a network.

/** The family an export's text is set in: the embedded Inter, then fonts most systems have. */
export const EXPORT_FONT_FAMILY = "Inter, 'DejaVu Sans', Arial, sans-serif";

let cached: Promise<string> | null = null;

async function dataUrl(url: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/woff2;base64,${btoa(binary)}`;
}

/** The @font-face rules for exports, with the fonts inlined; '' if they cannot be had. */
export function exportFontCss(): Promise<string> {
  cached ??= Promise.all([dataUrl(interRegular), dataUrl(interBold)])
    .then(
      ([regular, bold]) =>
        `@font-face{font-family:'Inter';font-weight:400;src:url(${regular}) format('woff2')}` +
        `@font-face{font-family:'Inter';font-weight:600;src:url(${bold}) format('woff2')}`,
    )
    .catch(() => {
      cached = null;
      return '';
    });
  return cached;
}
