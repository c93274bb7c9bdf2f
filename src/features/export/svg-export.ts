// Turns the timeline's on-screen SVG into a file that stands on its own: every style the page's
// CSS gave it is written onto the elements, the font is embedded, and a title, the range and the
// sources are set around it.

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

function inlineStyles(source: Element, target: Element) {
  const computed = getComputedStyle(source);
  const declarations = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).filter((d) => !d.endsWith(':'));
  target.setAttribute('style', declarations.join(';'));
  target.removeAttribute('class');
  for (let i = 0; i < source.children.length; i += 1) inlineStyles(source.children[i], target.children[i]);
}

export const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** Splits text into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface SvgExportInput {
  svg: SVGSVGElement;
  /** Elements the SVG refers to by id but that live elsewhere on the page (fill patterns). */
  defs?: Element[];
  title: string;
  subtitle: string;
  caption: string;
  fontCss: string;
  background: string;
  color: string;
  muted: string;
}

export function buildExportSvg({
  svg,
  defs = [],
  title,
  subtitle,
  caption,
  fontCss,
  background,
  color,
  muted,
}: SvgExportInput) {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  const captionLines = wrap(caption, Math.max(Math.floor(width / 6.6), 40));
  const header = 56;
  const footer = 16 + captionLines.length * 16;
  const total = height + header + footer;
  const extra = defs.map((element) => {
    const copy = element.cloneNode(true) as Element;
    inlineStyles(element, copy);
    return new XMLSerializer().serializeToString(copy);
  });
  const inner = new XMLSerializer().serializeToString(clone);
  const svgText = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">`,
    `<style>${fontCss}text{font-family:Inter,'DejaVu Sans',Arial,sans-serif}</style>`,
    extra.length ? `<defs>${extra.join('')}</defs>` : '',
    `<rect width="100%" height="100%" fill="${escapeXml(background)}"/>`,
    `<text x="8" y="22" font-size="17" font-weight="600" fill="${escapeXml(color)}">${escapeXml(title)}</text>`,
    `<text x="8" y="42" font-size="12" fill="${escapeXml(muted)}">${escapeXml(subtitle)}</text>`,
    `<g transform="translate(0,${header})">${inner}</g>`,
    ...captionLines.map(
      (line, i) =>
        `<text x="8" y="${header + height + 18 + i * 16}" font-size="11" fill="${escapeXml(muted)}">${escapeXml(line)}</text>`,
    ),
    '</svg>',
  ].join('');
  return { svg: svgText, width, height: total };
}

/** Rasterises an SVG at `scale` times its size (2 for a report: sharp when pasted and printed). */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the image.');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))), 'image/png'),
  );
}

/** Saves a file the way a download link would. */
export function download(content: Blob | string, fileName: string, type: string) {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
