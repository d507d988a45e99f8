// The export registry: one entry per format. The Export menu draws its buttons from it and the
// idle prefetch loads every entry's code, so a new format cannot be forgotten offline.
import type { Path } from '../analysis/paths';
import { joinAtlas, type TextsFile } from '../model/atlas-files';
import type { Graph } from '../model/graph-type';
import type { Source } from '../model/types';
import type { Visibility } from '../query/visibility';
import type { PngOptions } from './png';
import type { Scene } from './svg';

/** What the canvas offers export (the Sigma instance itself stays inside GraphCanvas). */
export interface ExportCanvas {
  scene(options: { background: string | null; caption: string[] }): Promise<Scene>;
  png(options: PngOptions): Promise<Blob>;
}

/** The picture options chosen in the Export menu. */
export interface PictureOptions {
  scale: 1 | 2 | 4;
  background: 'white' | 'transparent';
  scope: 'view' | 'graph';
}

/** Everything an export may read. */
export interface ExportContext {
  graph: Graph;
  texts: TextsFile | null;
  sources: ReadonlyMap<string, Source>;
  visibility: Visibility;
  caption: string[];
  canvas: ExportCanvas | null;
  picture: PictureOptions;
}

/** One export format. */
export interface ExportFormat {
  id: string;
  label: string;
  ext: 'png' | 'svg' | 'csv' | 'json';
  /** A suffix for the file name ("relations" → influence-atlas-…-relations-DATE.csv). */
  suffix?: string;
  /** Pictures need the canvas (the Graph view); tables and data need the texts. */
  needs: 'canvas' | 'texts';
  /** Loads the code the format needs (also used to prefetch it for offline use). */
  load(): Promise<unknown>;
  run(ctx: ExportContext): Promise<Blob>;
}

const background = (ctx: ExportContext) => (ctx.picture.background === 'white' ? '#ffffff' : null);

function requireCanvas(ctx: ExportContext): ExportCanvas {
  if (!ctx.canvas) throw new Error('export: pictures need the Graph view');
  return ctx.canvas;
}

function requireTexts(ctx: ExportContext): TextsFile {
  if (!ctx.texts) throw new Error('export: the evidence is still loading; try again in a moment');
  return ctx.texts;
}

/** Every export, in menu order. */
export const EXPORTS: readonly ExportFormat[] = [
  {
    id: 'png', label: 'Export PNG', ext: 'png', needs: 'canvas',
    load: () => Promise.all([import('./png'), import('@sigma/export-image')]),
    run: (ctx) => requireCanvas(ctx).png({
      scale: ctx.picture.scale, background: background(ctx), wholeGraph: ctx.picture.scope === 'graph', caption: ctx.caption,
    }),
  },
  {
    id: 'svg', label: 'Export SVG', ext: 'svg', needs: 'canvas',
    load: () => Promise.all([import('./svg'), import('./scene')]),
    async run(ctx) {
      const [{ renderSvg }, scene] = await Promise.all([import('./svg'), requireCanvas(ctx).scene({ background: background(ctx), caption: ctx.caption })]);
      return new Blob([renderSvg(scene)], { type: 'image/svg+xml' });
    },
  },
  {
    id: 'relations-csv', label: 'Relations CSV', ext: 'csv', suffix: 'relations', needs: 'texts',
    load: () => import('./csv'),
    async run(ctx) {
      const { relationsCsv } = await import('./csv');
      // A byte-order mark so spreadsheet programs read the names' accents as UTF-8.
      return new Blob(['\ufeff', relationsCsv(ctx.graph, ctx.visibility.edges, requireTexts(ctx), ctx.sources)], { type: 'text/csv;charset=utf-8' });
    },
  },
  {
    id: 'nodes-csv', label: 'Nodes CSV', ext: 'csv', suffix: 'nodes', needs: 'texts',
    load: () => import('./csv'),
    async run(ctx) {
      const { nodesCsv } = await import('./csv');
      return new Blob(['\ufeff', nodesCsv(ctx.graph, ctx.visibility.nodes, requireTexts(ctx))], { type: 'text/csv;charset=utf-8' });
    },
  },
  {
    id: 'dataset-json', label: 'Dataset JSON', ext: 'json', needs: 'texts',
    load: () => Promise.resolve(),
    run: async (ctx) => new Blob([JSON.stringify(joinAtlas(ctx.graph, requireTexts(ctx)), null, 2)], { type: 'application/json' }),
  },
];

/** What an exported picture is about: the selected node, or "A → B" for a shown connection. */
export function exportFocus(graph: Graph, selectedNode: string | null, path: Path | null): string | null {
  if (!selectedNode || !graph.hasNode(selectedNode)) return null;
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  return path && path.nodes.length > 1 ? `${label(selectedNode)} → ${label(path.to)}` : label(selectedNode);
}
