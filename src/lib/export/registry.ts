// The export registry: one entry per format. The Export menu draws its buttons from it and the
// idle prefetch loads every entry's code, so a new format cannot be forgotten offline.
import type { MetricKey } from '../analysis/metric-keys';
import { PATH_RULE_LABELS, type PathRule } from '../analysis/path-rules';
import type { Path } from '../analysis/paths';
import type { TextsFile } from '../model/atlas-files';
import type { Graph } from '../model/graph-type';
import type { Source } from '../model/types';
import type { Filters } from '../query/filters';
import type { Visibility } from '../query/visibility';
import type { ViewSnapshot } from './compose';
import type { PagePreset } from './page';

/** What the canvas offers export (the Sigma instance itself stays inside GraphCanvas). */
export interface ExportCanvas {
  /** What sigma draws now, read into plain data (scene.ts), with the labels placed on screen. */
  view(): Promise<ViewSnapshot>;
  /** Resolves once the camera and Focus have stopped moving and the frame after them is drawn. */
  settled(): Promise<void>;
}

/** The picture options chosen in the Export menu. */
export interface PictureOptions {
  /** Pixels per layout pixel of a "Current view" PNG (fixed pages have their own). */
  scale: 1 | 2 | 4;
  background: 'white' | 'transparent';
  /** What is framed: the stage as it is, or every visible node. */
  scope: 'view' | 'graph';
  page: PagePreset['id'];
  /** The view, or the poster of the network decade by decade. */
  subject: 'view' | 'decades';
}

/** What a data export writes: what the filters show (filters, time window, provenance lens, Focus), or the whole graph. */
export type DataScope = 'visible' | 'whole';

/** The data options chosen in the Export menu. */
export interface DataOptions {
  scope: DataScope;
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
  data: DataOptions;
  /** When the export was asked for (the caption's date, and GEXF's lastmodifieddate). */
  date: Date;
  /** For the decades poster: the filters (its panels replace the year window), sizes, bends and label order. */
  filters: Filters;
  metric: MetricKey;
  sizes: Map<string, number>;
  curvature: Map<string, number>;
  byImportance: readonly string[];
}

/** One export format. */
export interface ExportFormat {
  id: string;
  label: string;
  ext: 'png' | 'svg' | 'pdf' | 'csv' | 'json' | 'gexf' | 'graphml' | 'bib';
  /** A suffix for the file name ("relations" → influence-atlas-…-relations-DATE.csv). */
  suffix?: string;
  /** Pictures need the canvas (the Graph view); tables and data need the texts, and follow the data scope. */
  needs: 'canvas' | 'texts';
  /** The menu's section for a format that is not a picture or a network file: the bibliography of the visible relations. */
  section?: 'bibliography';
  /** Loads the code the format needs (also used to prefetch it for offline use). */
  load(): Promise<unknown>;
  run(ctx: ExportContext): Promise<Blob>;
}

/** Every export, in menu order. */
export const EXPORTS: readonly ExportFormat[] = [
  {
    id: 'png', label: 'Export PNG', ext: 'png', needs: 'canvas',
    // The canvas reads its view through scene.ts: prefetched with the picture code, for offline use.
    load: () => Promise.all([import('./picture'), import('./scene')]),
    run: async (ctx) => (await import('./picture')).pictureBlob(ctx, 'png'),
  },
  {
    id: 'svg', label: 'Export SVG', ext: 'svg', needs: 'canvas',
    load: () => Promise.all([import('./picture'), import('./scene')]),
    run: async (ctx) => (await import('./picture')).pictureBlob(ctx, 'svg'),
  },
  {
    // jsPDF, svg2pdf.js and the font load only here (and in the idle prefetch), never on the first page.
    id: 'pdf', label: 'Export PDF', ext: 'pdf', needs: 'canvas',
    load: () => Promise.all([import('./picture'), import('./scene'), import('./pdf').then((pdf) => pdf.loadPdfFont())]),
    run: async (ctx) => (await import('./picture')).pictureBlob(ctx, 'pdf'),
  },
  // The data formats share one lazily loaded module (data-export.ts, with csv, network, gexf, graphml).
  {
    id: 'gexf', label: 'GEXF (Gephi)', ext: 'gexf', needs: 'texts',
    load: () => import('./data-export'),
    run: async (ctx) => (await import('./data-export')).gexfBlob(ctx),
  },
  {
    id: 'graphml', label: 'GraphML', ext: 'graphml', needs: 'texts',
    load: () => import('./data-export'),
    run: async (ctx) => (await import('./data-export')).graphmlBlob(ctx),
  },
  {
    id: 'relations-csv', label: 'Relations CSV', ext: 'csv', suffix: 'relations', needs: 'texts',
    load: () => import('./data-export'),
    run: async (ctx) => (await import('./data-export')).relationsCsvBlob(ctx),
  },
  {
    id: 'nodes-csv', label: 'Nodes CSV', ext: 'csv', suffix: 'nodes', needs: 'texts',
    load: () => import('./data-export'),
    run: async (ctx) => (await import('./data-export')).nodesCsvBlob(ctx),
  },
  {
    id: 'graphology-json', label: 'Graphology JSON', ext: 'json', needs: 'texts',
    load: () => import('./data-export'),
    run: async (ctx) => (await import('./data-export')).graphologyJsonBlob(ctx),
  },
  // The bibliography: the sources of the visible relations' evidence (bibliography.ts, with its writers).
  {
    id: 'bibliography-csl', label: 'CSL-JSON', ext: 'json', suffix: 'sources', needs: 'texts', section: 'bibliography',
    load: () => import('./bibliography'),
    run: async (ctx) => (await import('./bibliography')).cslJsonBlob(ctx),
  },
  {
    id: 'bibliography-bibtex', label: 'BibTeX', ext: 'bib', suffix: 'sources', needs: 'texts', section: 'bibliography',
    load: () => import('./bibliography'),
    run: async (ctx) => (await import('./bibliography')).bibtexBlob(ctx),
  },
];

/** A tour as a PDF, one page per step (its pages are read from the canvas step by step by the caller). */
export const TOUR_EXPORT = {
  label: 'Export tour as PDF',
  ext: 'pdf',
  /** jsPDF, svg2pdf.js, the font and the composition: loaded here and by the idle prefetch. */
  load: () => Promise.all([import('./tour-pdf'), import('./scene'), import('./pdf').then((pdf) => pdf.loadPdfFont())]),
  run: async (pages: readonly import('./tour-pdf').TourPage[], title: string): Promise<Blob> => (await import('./tour-pdf')).tourPdf(pages, title),
} as const;

/**
 * What an exported picture is about: the selected node, or "A → B" for a shown connection, each
 * by its name in force for the time window (`names`, state's `names`) when it has one.
 */
export function exportFocus(graph: Graph, selectedNode: string | null, path: Path | null,
  names: ReadonlyMap<string, string> | null = null): string | null {
  if (!selectedNode || !graph.hasNode(selectedNode)) return null;
  const label = (id: string) => names?.get(id) ?? graph.getNodeAttribute(id, 'label');
  return path && path.nodes.length > 1 ? `${label(selectedNode)} → ${label(path.to)}` : label(selectedNode);
}

/**
 * What the caption adds to the subject of a picture: the Focus it shows ("Focus, 1 step") or the
 * rule of the connection it shows ("steps: no hostile relations…"); null when there is nothing to add.
 */
export function captionContext(focusDepth: number | null, path: Path | null, rule: PathRule): string | null {
  if (focusDepth) return `Focus, ${focusDepth} step${focusDepth === 1 ? '' : 's'}`;
  if (path && path.nodes.length > 1 && rule !== 'all') return `steps: ${PATH_RULE_LABELS[rule]}`;
  return null;
}
