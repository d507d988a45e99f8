// Page presets for exported pictures: the size a picture is laid out at (in CSS pixels, 96 per
// inch, the unit labels and nodes are sized in on screen), the pixels a PNG gets per layout pixel,
// and the printed size an SVG or PDF declares.

/** A page an export can be laid out on. */
export interface PagePreset {
  id: 'screen' | 'slide' | 'a4-portrait' | 'a4-landscape' | 'square';
  label: string;
  /** Layout size in CSS px; null = the size of the stage on screen. */
  layout: { width: number; height: number } | null;
  /** PNG pixels per layout pixel (null: the Resolution option's). */
  pixelRatio: number | null;
  /** Printed size for SVG and PDF, when the page has one. */
  print: { width: number; height: number; unit: 'mm' } | null;
}

const MM = 96 / 25.4;

/** The presets, in menu order. */
export const PAGES: readonly PagePreset[] = [
  { id: 'screen', label: 'As on screen', layout: null, pixelRatio: null, print: null },
  // 1280 × 720 at 1.5 px per px is 1920 × 1080: a label is as large against the slide as on a laptop screen.
  { id: 'slide', label: 'Slide 16:9', layout: { width: 1280, height: 720 }, pixelRatio: 1.5, print: null },
  // A4 at 300 dpi: 2480 × 3508 pixels.
  { id: 'a4-portrait', label: 'A4 portrait', layout: { width: 210 * MM, height: 297 * MM }, pixelRatio: 300 / 96, print: { width: 210, height: 297, unit: 'mm' } },
  { id: 'a4-landscape', label: 'A4 landscape', layout: { width: 297 * MM, height: 210 * MM }, pixelRatio: 300 / 96, print: { width: 297, height: 210, unit: 'mm' } },
  { id: 'square', label: 'Square', layout: { width: 720, height: 720 }, pixelRatio: 1.5, print: null },
];

/** The preset with an id, or "As on screen" for an unknown one. */
export function pageById(id: string): PagePreset {
  return PAGES.find((p) => p.id === id) ?? PAGES[0];
}

/** A PNG's size in pixels for a picture of `width` × `height` layout px. */
export function pixelSize(width: number, height: number, ratio: number): { width: number; height: number } {
  return { width: Math.max(1, Math.round(width * ratio)), height: Math.max(1, Math.round(height * ratio)) };
}

/** The SVG/PDF document size: millimetres for a printed page, else layout px. */
export function outerSize(page: PagePreset, width: number, height: number): { width: string; height: string } {
  if (page.print) return { width: `${page.print.width}mm`, height: `${page.print.height}mm` };
  return { width: String(Math.round(width * 100) / 100), height: String(Math.round(height * 100) / 100) };
}
