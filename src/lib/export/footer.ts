// Lays out the band under an exported picture: the legend (kinds, relation families, size key, regions) as
// rows of entries that wrap at the page's width, then the caption, each line wrapped to fit. Pure:
// the caller passes a text measure for the font the picture is written in.
import type { Legend } from './legend';

/** Width in layout pixels of a text at a font size and weight ('normal', 'bold', '500') in the picture's font. */
export type TextMeasure = (text: string, size: number, weight: string) => number;

/** A line of text; `y` is its baseline. */
export interface FooterText { x: number; y: number; text: string; size: number; bold: boolean; color: string }
/** A node swatch: a disc with rings running inward from the rim (as SceneNode draws them). */
export interface FooterDisc { x: number; y: number; r: number; color: string; border: { color: string; width: number }[] }
/** A relation swatch. */
export interface FooterLine { x1: number; y1: number; x2: number; y2: number; color: string; width: number }

/** The band's contents, in coordinates from its top-left corner. */
export interface Footer {
  height: number;
  texts: FooterText[];
  discs: FooterDisc[];
  lines: FooterLine[];
}

const STYLE = {
  padding: 10,
  legendSize: 11,
  legendColor: '#333333',
  headingColor: '#666666',
  rowHeight: 18,
  swatchRadius: 6,
  swatchGap: 4,
  entryGap: 12,
  groupGap: 22,
  lineLength: 18,
  lineWidth: 2.5,
  captionSize: 12,
  captionLineHeight: 17,
  captionColor: '#333333',
  sizeKeyFill: '#c3c8ce',
};

interface Entry { width: number; height: number; draw(x: number, middle: number, out: Footer): void }

/** '#rrggbb' mixed with white: `strength` 1 is the colour, 0 is white (opaque, so PDF and PNG agree). */
function tint(hex: string, strength: number): string {
  const n = /^#[0-9a-f]{6}$/i.test(hex) ? Number.parseInt(hex.slice(1), 16) : 0x888888;
  const mix = (c: number) => Math.round(255 - (255 - c) * strength).toString(16).padStart(2, '0');
  return `#${mix((n >> 16) & 255)}${mix((n >> 8) & 255)}${mix(n & 255)}`;
}

/** Options of the footer: the caption's first line is bold unless the font has no bold face. */
export interface FooterOptions { width: number; legend: Legend | null; caption: readonly string[]; measure: TextMeasure; bold?: boolean }

/** The footer for a picture `width` wide. */
export function layoutFooter(options: FooterOptions): Footer {
  const { width, legend, caption, measure } = options;
  const bold = options.bold ?? true;
  const out: Footer = { height: 0, texts: [], discs: [], lines: [] };
  const inner = Math.max(40, width - 2 * STYLE.padding);
  const text = (label: string, color = STYLE.legendColor): Entry => {
    const w = measure(label, STYLE.legendSize, 'normal');
    return { width: w, height: STYLE.rowHeight, draw: (x, mid, f) => f.texts.push({ x, y: mid + STYLE.legendSize / 3, text: label, size: STYLE.legendSize, bold: false, color }) };
  };
  const swatched = (swatchWidth: number, swatchHeight: number, drawSwatch: (x: number, mid: number, f: Footer) => void, label: string): Entry => {
    const t = text(label);
    return {
      width: swatchWidth + STYLE.swatchGap + t.width,
      height: Math.max(STYLE.rowHeight, swatchHeight + 4),
      draw: (x, mid, f) => { drawSwatch(x, mid, f); t.draw(x + swatchWidth + STYLE.swatchGap, mid, f); },
    };
  };

  // Groups of entries; a group's heading is its first entry.
  const groups: Entry[][] = [];
  if (legend?.kinds.length) {
    const r = STYLE.swatchRadius;
    groups.push([text('Kinds', STYLE.headingColor), ...legend.kinds.map((kind) => swatched(2 * r, 2 * r, (x, mid, f) => {
      f.discs.push({ x: x + r, y: mid, r, color: kind.color, border: kind.rings.map((ring) => ({ color: ring.color, width: ring.share * r })) });
    }, kind.label))]);
  }
  if (legend?.families.length) {
    groups.push([text('Relations', STYLE.headingColor), ...legend.families.map((family) => swatched(STYLE.lineLength, STYLE.lineWidth, (x, mid, f) => {
      f.lines.push({ x1: x, y1: mid, x2: x + STYLE.lineLength, y2: mid, color: family.color, width: STYLE.lineWidth });
    }, family.label))]);
  }
  if (legend?.size) {
    groups.push([text(legend.size.title, STYLE.headingColor), ...legend.size.entries.map((entry) => {
      const r = Math.max(1, entry.radius);
      return swatched(2 * r, 2 * r, (x, mid, f) => { f.discs.push({ x: x + r, y: mid, r, color: STYLE.sizeKeyFill, border: [] }); }, entry.label);
    })]);
  }

  if (legend?.regions.length) {
    const r = STYLE.swatchRadius;
    groups.push([text('Regions', STYLE.headingColor), ...legend.regions.map((region) => swatched(2 * r, 2 * r, (x, mid, f) => {
      // The region's colour as drawn on the map: a pale fill inside a stronger rim.
      f.discs.push({ x: x + r, y: mid, r, color: tint(region.color, 0.25), border: [{ color: tint(region.color, 0.7), width: 1.5 }] });
    }, region.label))]);
  }

  // Entries flow left to right and wrap; a group never starts at the end of a row it cannot enter.
  let y = STYLE.padding;
  let row: { entry: Entry; x: number }[] = [];
  let x = 0;
  const flush = () => {
    if (!row.length) return;
    const height = Math.max(...row.map((r) => r.entry.height));
    for (const { entry, x: at } of row) entry.draw(STYLE.padding + at, y + height / 2, out);
    y += height;
    row = [];
    x = 0;
  };
  for (const group of groups) {
    group.forEach((entry, i) => {
      const gap = x === 0 ? 0 : i === 0 ? STYLE.groupGap : STYLE.entryGap;
      // A heading moves to the next row together with its first entry.
      const needed = gap + entry.width + (i === 0 && group[1] ? STYLE.entryGap + group[1].width : 0);
      if (x > 0 && x + needed > inner) flush();
      const at = x === 0 ? 0 : x + gap;
      row.push({ entry, x: at });
      x = at + entry.width;
    });
  }
  flush();

  if (caption.length) {
    y += groups.length ? 6 : 0;
    caption.forEach((line, i) => {
      const strong = bold && i === 0;
      for (const part of wrap(line, inner, (t) => measure(t, STYLE.captionSize, strong ? 'bold' : 'normal'))) {
        y += STYLE.captionLineHeight;
        out.texts.push({ x: STYLE.padding, y: y - 5, text: part, size: STYLE.captionSize, bold: strong, color: STYLE.captionColor });
      }
    });
  }
  out.height = groups.length || caption.length ? y + STYLE.padding : 0;
  return out;
}

/** Splits a line at spaces so that each part fits `width` (a single long word stays whole). */
export function wrap(line: string, width: number, measure: (text: string) => number): string[] {
  const words = line.split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const parts: string[] = [];
  let current = words[0];
  for (const word of words.slice(1)) {
    const next = `${current} ${word}`;
    if (measure(next) <= width) current = next;
    else {
      parts.push(current);
      current = word;
    }
  }
  parts.push(current);
  return parts;
}
