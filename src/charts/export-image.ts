/**
 * A chart as a standalone SVG (the drawing plus its title and legend entries) and as a PNG drawn from that SVG.
 * Recharts styles through attributes, so the SVG needs no stylesheet to look the same elsewhere.
 */
export interface ImageLegendEntry {
  name: string;
  colour: string;
  dash: string;
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

export function chartSvg(container: Element, title: string, legend: readonly ImageLegendEntry[]): string {
  // A Recharts chart, or a chart drawn directly as SVG that marks itself as the picture (the map).
  const svg =
    container.querySelector('svg[data-chart-surface]') ?? container.querySelector('svg.recharts-surface');
  if (!svg) throw new Error('The chart has not been drawn yet.');
  const width = Number(svg.getAttribute('width')) || 800;
  const height = Number(svg.getAttribute('height')) || 400;
  return imageSvg(new XMLSerializer().serializeToString(svg), { width, height }, title, legend);
}

/** The picture around a chart's serialised SVG: a white ground, the title above and the legend in rows below. */
export function imageSvg(
  inner: string,
  { width, height }: { width: number; height: number },
  title: string,
  legend: readonly ImageLegendEntry[],
): string {
  const columns = Math.max(1, Math.floor(width / 200));
  const legendRows = Math.ceil(legend.length / columns);
  const top = 32;
  const total = top + height + legendRows * 20 + 12;
  const entries = legend
    .map((entry, index) => {
      const x = 10 + (index % columns) * 200;
      const y = top + height + 14 + Math.floor(index / columns) * 20;
      return `<line x1="${x}" y1="${y - 4}" x2="${x + 28}" y2="${y - 4}" stroke="${escapeXml(entry.colour)}" stroke-width="3" stroke-dasharray="${escapeXml(entry.dash)}"/><text x="${x + 34}" y="${y}" font-size="12">${escapeXml(entry.name)}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="Arial, sans-serif">
<rect width="100%" height="100%" fill="#fff"/><text x="10" y="22" font-size="16" font-weight="bold">${escapeXml(title)}</text>
<g transform="translate(0 ${top})">${inner}</g>${entries}</svg>`;
}

export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width * scale;
    canvas.height = image.height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the PNG.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
