// Makes an exported picture: the scene for the chosen page and subject (the view, or the decades
// poster), written as SVG, rasterized to PNG, or set as PDF in its embedded font. Loaded on demand.
import type { ViewSnapshot } from './compose';
import { composeScene } from './compose';
import { outerSize, pageById, pixelSize, type PagePreset } from './page';
import { canvasMeasure, renderPng } from './png';
import { posterScene } from './poster';
import type { ExportContext } from './registry';
import { renderSvg, type Scene, type SceneFont } from './svg';
import type { TextMeasure } from './footer';

/** A picture of the current view is never narrower than this (in layout px), so a phone's stays usable. */
const MIN_WIDTH = 960;
/** Poster panels are small: their labels are set smaller than on screen. */
const POSTER_LABEL_SIZE = 10;

/** The scene of one export, for a font and its measure. */
export function pictureScene(ctx: ExportContext, view: ViewSnapshot, page: PagePreset, font: SceneFont, measure: TextMeasure, exact: boolean): Scene {
  const background = ctx.picture.background === 'white' ? '#ffffff' : null;
  if (ctx.picture.subject === 'decades') {
    const layout = page.layout ?? { width: view.width, height: view.height };
    return posterScene({
      graph: ctx.graph, filters: ctx.filters, provenance: ctx.texts ? { evidence: ctx.texts.evidence, sources: ctx.sources } : null, sizes: ctx.sizes, metric: ctx.metric, curvature: ctx.curvature, order: ctx.byImportance,
      width: layout.width, height: layout.height, font: { ...font, size: POSTER_LABEL_SIZE }, measure, threshold: view.threshold,
      caption: ctx.caption, background, outer: outerSize(page, layout.width, layout.height),
    });
  }
  // `exact`: the picture is written in the live font, so the view's own labels can be kept as they are.
  return composeScene(view, { page, area: ctx.picture.scope, background, caption: ctx.caption, measure, font: exact ? undefined : font });
}

/** The picture as a file of the given format. */
export async function pictureBlob(ctx: ExportContext, format: 'png' | 'svg' | 'pdf'): Promise<Blob> {
  if (!ctx.canvas) throw new Error('export: pictures need the Graph view');
  const view = await ctx.canvas.view();
  const page = pageById(ctx.picture.page);
  if (format === 'pdf') {
    const { pdfKit, PDF_FONT_FAMILY } = await import('./pdf');
    const kit = await pdfKit();
    const font = { family: PDF_FONT_FAMILY, size: view.font.size, weight: 'normal', bold: false };
    const scene = pictureScene(ctx, view, page, font, kit.measure, false);
    // PDF text has no paint order: the halo is a white box under each label instead of a stroke.
    return kit.render(renderSvg(scene, { halo: 'box' }), scene.width, scene.height + (scene.footer?.height ?? 0), scene.caption[0] ?? 'Influence Atlas');
  }
  const scene = pictureScene(ctx, view, page, view.font, canvasMeasure(view.font.family), true);
  const svg = renderSvg(scene);
  if (format === 'svg') return new Blob([svg], { type: 'image/svg+xml' });
  const ratio = page.pixelRatio ?? ctx.picture.scale * Math.max(1, MIN_WIDTH / scene.width);
  const size = pixelSize(scene.width, scene.height + (scene.footer?.height ?? 0), ratio);
  return renderPng(svg, size.width, size.height);
}
