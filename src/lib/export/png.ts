// PNG export: sigma's layers drawn at N× through @sigma/export-image, plus a caption band.
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';

export interface PngOptions {
  scale: 1 | 2 | 4;
  background: string | null;
  wholeGraph: boolean;
  caption: string[];
}

const CAPTION_FONT = 13;
const MIN_WIDTH = 960;

/**
 * Renders the view into a PNG blob. export-image sizes its canvas by devicePixelRatio, so the
 * ratio is overridden for the duration of the draw to get a sharp N× image of the same view.
 */
export async function renderPng(renderer: Sigma, options: PngOptions): Promise<Blob> {
  const original = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => options.scale });
  let graphCanvas: HTMLCanvasElement;
  try {
    // Never narrower than 960 CSS px, keeping the stage's aspect ratio so the same area is shown.
    const { width, height } = renderer.getDimensions();
    const grow = Math.max(1, MIN_WIDTH / width);
    graphCanvas = await drawOnCanvas(renderer, {
      width: Math.round(width * grow),
      height: Math.round(height * grow),
      backgroundColor: 'transparent',
      cameraState: options.wholeGraph ? { x: 0.5, y: 0.5, ratio: 1, angle: 0 } : null,
      layers: ['edges', 'nodes', 'edgeLabels', 'labels'],
    });
  } finally {
    if (original) Object.defineProperty(window, 'devicePixelRatio', original);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
  const s = options.scale;
  const lineHeight = (CAPTION_FONT + 5) * s;
  const band = options.caption.length ? 14 * s + lineHeight * options.caption.length : 0;
  const out = document.createElement('canvas');
  out.width = graphCanvas.width;
  out.height = graphCanvas.height + band;
  const ctx = out.getContext('2d')!;
  if (options.background) {
    ctx.fillStyle = options.background;
    ctx.fillRect(0, 0, out.width, out.height);
  }
  ctx.drawImage(graphCanvas, 0, 0);
  if (band) {
    ctx.fillStyle = '#d0d4d9';
    ctx.fillRect(0, graphCanvas.height, out.width, Math.max(1, s));
    ctx.fillStyle = '#1f2328';
    ctx.textBaseline = 'top';
    options.caption.forEach((line, i) => {
      ctx.font = `${i === 0 ? '600 ' : ''}${CAPTION_FONT * s}px system-ui, sans-serif`;
      ctx.fillText(line, 12 * s, graphCanvas.height + 8 * s + i * lineHeight, out.width - 24 * s);
    });
  }
  return new Promise((resolve, reject) => {
    out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('export/png: the canvas produced no image'))), 'image/png');
  });
}
