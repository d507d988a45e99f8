// A tour as a PDF: one page per step, each the map as that step showed it (read from the canvas),
// re-framed on an A4 landscape page by the picture composition, with the step's caption (its text,
// evidence, sources and citation) under it. Loaded on demand, with jsPDF and the font.
import { composeScene, type ViewSnapshot } from './compose';
import { pageById } from './page';
import { pdfKit, PDF_FONT_FAMILY } from './pdf';
import { renderSvg } from './svg';

/** One step, as drawn and as captioned. */
export interface TourPage { view: ViewSnapshot; caption: string[] }

/** The page a tour is laid out on: printable, and wide enough for the map beside a long caption. */
export const TOUR_PAGE = 'a4-landscape';

/** The PDF of a tour's pages, titled `title`. */
export async function tourPdf(pages: readonly TourPage[], title: string): Promise<Blob> {
  const kit = await pdfKit();
  const page = pageById(TOUR_PAGE);
  const drawn = pages.map(({ view, caption }) => {
    const font = { family: PDF_FONT_FAMILY, size: view.font.size, weight: 'normal', bold: false };
    const scene = composeScene(view, { page, area: 'view', background: '#ffffff', caption, measure: kit.measure, font });
    // PDF text has no paint order: the halo is a white box under each label instead of a stroke.
    return { svg: renderSvg(scene, { halo: 'box' }), width: scene.width, height: scene.height + (scene.footer?.height ?? 0) };
  });
  return kit.renderPages(drawn, title);
}
