// PNG export: the picture's SVG (svg.ts) drawn by the browser onto a canvas of the page's pixel
// size, so the PNG shows exactly what the SVG and PDF show, labels, halos and legend included.
// With download.ts and pdf.ts, one of the modules that touch the document.

/** Rasterizes an SVG document at `width` × `height` pixels into a PNG blob. */
export async function renderPng(svg: string, width: number, height: number): Promise<Blob> {
  if (!(width > 0 && height > 0)) throw new Error(`export/png: the picture has no size (${width}×${height})`);
  // The document declares the pixel size, so the browser draws its vectors at that size (sharp at 4×).
  const sized = svg.replace(/<svg([^>]*?) width="[^"]*" height="[^"]*"/, `<svg$1 width="${width}" height="${height}"`);
  const url = URL.createObjectURL(new Blob([sized], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('export/png: no 2D canvas in this browser');
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('export/png: the canvas produced no image'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A text measure for a font family, as this browser draws it (for label boxes and the legend). */
export function canvasMeasure(family: string): (text: string, size: number, weight: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text, size, weight) => {
    // Without a 2D canvas (never in a browser that drew the graph) an average glyph width stands in.
    if (!context) return text.length * size * 0.6;
    const key = `${weight}|${size}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = `${weight} ${size}px ${family}`;
      cache.set(key, (width = context.measureText(text).width));
    }
    return width;
  };
}
