// PDF export: the picture's SVG drawn into a vector PDF by svg2pdf.js and jsPDF, with its text kept
// as text in an embedded font (DejaVu Sans, subset to the glyphs used), so a PDF reader can select
// and search the names. Loaded on demand: jsPDF and the font never reach the first page. With
// download.ts and png.ts, one of the modules that touch the document (svg2pdf reads an SVG element).
import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import fontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import type { TextMeasure } from './footer';

/** The family the PDF's text is written in: the name jsPDF knows the embedded font by. */
export const PDF_FONT_FAMILY = 'DejaVu Sans';
const FONT_FILE = 'DejaVuSans.ttf';
/** CSS px (96 per inch) to PDF points (72 per inch). */
const PT_PER_PX = 0.75;

let font: Promise<string> | null = null;

/** Fetches the font once (the idle prefetch calls this too, so a PDF can be made offline). */
export function loadPdfFont(): Promise<string> {
  font ??= fetch(fontUrl).then(async (response) => {
    if (!response.ok) throw new Error(`export/pdf: the font did not load (HTTP ${response.status})`);
    // jsPDF's virtual file system takes a binary string.
    const bytes = new Uint8Array(await response.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return binary;
  }).catch((error: unknown) => {
    font = null;
    throw error;
  });
  return font;
}

function documentWith(binary: string, width: number, height: number): jsPDF {
  const doc = new jsPDF({
    unit: 'pt', format: [width * PT_PER_PX, height * PT_PER_PX], orientation: width > height ? 'landscape' : 'portrait', compress: true, putOnlyUsedFonts: true,
  });
  doc.addFileToVFS(FONT_FILE, binary);
  doc.addFont(FONT_FILE, PDF_FONT_FAMILY, 'normal', 'normal', 'Identity-H');
  doc.setFont(PDF_FONT_FAMILY, 'normal');
  return doc;
}

/** One page of a PDF: an SVG document of `width` × `height` layout px, drawn on a page of that size. */
export interface PdfPage { svg: string; width: number; height: number }

/** Measures and writes PDFs in the embedded font. */
export interface PdfKit {
  /** Text widths as the PDF will set them (the font's own advance widths). */
  measure: TextMeasure;
  /** Draws an SVG document of `width` × `height` layout px onto one page of that size. */
  render(svg: string, width: number, height: number, title: string): Promise<Blob>;
  /** Draws each SVG on a page of its own, in order (a tour: one page per step). */
  renderPages(pages: readonly PdfPage[], title: string): Promise<Blob>;
}

/** Loads the font and returns what a PDF export needs. */
export async function pdfKit(): Promise<PdfKit> {
  const binary = await loadPdfFont();
  const measurer = documentWith(binary, 100, 100);
  const cache = new Map<string, number>();
  const kit: PdfKit = {
    measure: (text, size) => {
      let unit = cache.get(text);
      if (unit === undefined) cache.set(text, (unit = measurer.getStringUnitWidth(text)));
      return unit * size;
    },
    render: (svg, width, height, title) => kit.renderPages([{ svg, width, height }], title),
    async renderPages(pages, title) {
      if (pages.length === 0) throw new Error('export/pdf: no page to draw');
      const doc = documentWith(binary, pages[0].width, pages[0].height);
      doc.setProperties({ title, creator: 'Influence Atlas' });
      for (const [i, { svg, width, height }] of pages.entries()) {
        if (i > 0) doc.addPage([width * PT_PER_PX, height * PT_PER_PX], width > height ? 'landscape' : 'portrait');
        const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
        if (parsed.querySelector('parsererror')) throw new Error(`export/pdf: the picture of page ${i + 1} is not valid SVG`);
        // svg2pdf reads computed geometry, so the SVG is attached (out of sight) while it is drawn.
        const holder = document.createElement('div');
        holder.style.cssText = 'position: fixed; left: -100000px; top: 0; visibility: hidden';
        const element = document.importNode(parsed.documentElement, true);
        holder.appendChild(element);
        document.body.appendChild(holder);
        try {
          await svg2pdf(element, doc, { x: 0, y: 0, width: width * PT_PER_PX, height: height * PT_PER_PX });
        } finally {
          holder.remove();
        }
      }
      return doc.output('blob');
    },
  };
  return kit;
}
