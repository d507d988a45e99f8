// The data exports (GEXF, GraphML, CSV, graphology JSON) of what the filters show or of the whole
// graph. Loaded on first use (the registry imports it dynamically), never on the first page.
import { joinAtlas } from '../model/atlas-files';
import type { SerializedAtlas } from '../model/graph-type';
import { nodesCsv, relationsCsv } from './csv';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { networkOf } from './network';
import type { DataScope, ExportContext } from './registry';
import type { Visibility } from '../query/visibility';

/** The nodes and relations a data export writes: the visible ones, or all of the graph. */
export function exportedItems(ctx: Pick<ExportContext, 'graph' | 'visibility'>, scope: DataScope): Visibility {
  if (scope === 'whole') return { nodes: new Set(ctx.graph.nodes()), edges: new Set(ctx.graph.edges()) };
  return ctx.visibility;
}

function requireTexts(ctx: ExportContext) {
  if (!ctx.texts) throw new Error('export: the evidence is still loading; try again in a moment');
  return ctx.texts;
}

function network(ctx: ExportContext) {
  const items = exportedItems(ctx, ctx.data.scope);
  return networkOf({
    graph: ctx.graph, texts: requireTexts(ctx), sources: ctx.sources, nodes: items.nodes, edges: items.edges, sizes: ctx.sizes,
    description: ctx.caption.join('\n'),
  });
}

/** GEXF 1.3 for Gephi. */
export function gexfBlob(ctx: ExportContext): Blob {
  return new Blob([writeGexf(network(ctx), ctx.date)], { type: 'application/gexf+xml' });
}

/** GraphML. */
export function graphmlBlob(ctx: ExportContext): Blob {
  return new Blob([writeGraphml(network(ctx))], { type: 'application/graphml+xml' });
}

// A byte-order mark so spreadsheet programs read the names' accents as UTF-8.
const csvBlob = (text: string) => new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' });

/** One row per exported relation, with its evidence as full citations. */
export function relationsCsvBlob(ctx: ExportContext): Blob {
  const items = exportedItems(ctx, ctx.data.scope);
  return csvBlob(relationsCsv(ctx.graph, items.edges, requireTexts(ctx), ctx.sources));
}

/** One row per exported node, with its facts, position, size and colour. */
export function nodesCsvBlob(ctx: ExportContext): Blob {
  const items = exportedItems(ctx, ctx.data.scope);
  return csvBlob(nodesCsv(ctx.graph, items.nodes, requireTexts(ctx), ctx.sizes));
}

/**
 * graphology's serialized format with every attribute (the shape of `npm run data:json`, plus the
 * build's positions and metrics), cut to the exported nodes and relations, which `graph.import()` reads.
 */
export function graphologyJson(ctx: ExportContext): SerializedAtlas & { attributes: { description: string } } {
  const full = joinAtlas(ctx.graph, requireTexts(ctx));
  const items = exportedItems(ctx, ctx.data.scope);
  return {
    ...full,
    attributes: { ...full.attributes!, description: ctx.caption.join('\n') },
    nodes: full.nodes.filter((n) => items.nodes.has(n.key)),
    edges: full.edges.filter((e) => items.edges.has(e.key!) && items.nodes.has(e.source) && items.nodes.has(e.target)),
  };
}

/** graphology JSON as a file. */
export function graphologyJsonBlob(ctx: ExportContext): Blob {
  return new Blob([JSON.stringify(graphologyJson(ctx), null, 2)], { type: 'application/json' });
}
