// CSV tables of the exported nodes and relations (what the filters show, or the whole graph):
// relations with their citations, nodes with their facts, position, size and colour, for
// spreadsheets, publications and Gephi's spreadsheet import (RFC 4180 quoting; formula-looking
// cells neutralised).
import { formatSource } from '../model/cite';
import { formatDatedNames, formatNodeYears } from '../model/describe';
import type { TextsFile } from '../model/atlas-files';
import type { Graph } from '../model/graph-type';
import type { Evidence, Source } from '../model/types';
import { relationOf, vocabularyOf } from '../model/graph-vocabulary';
import { paletteOf } from '../render/palette';
import { dataFields } from './data-fields';
import type { FieldValue } from './network';

/**
 * Quotes a cell when needed; text with a leading = + - @ gets an apostrophe so spreadsheets do not
 * run it. Numbers are written as numbers (a negative x stays -12.5), and NaN or infinities as empty.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** "Author (year). Title… — locator: note | …": a relation's evidence as full citations. */
export function citeEvidence(evidence: readonly Evidence[], sources: ReadonlyMap<string, Source>): string {
  return evidence.map((e) => {
    const source = sources.get(e.source);
    return `${source ? formatSource(source) : e.source} — ${e.locator}: ${e.note}`;
  }).join(' | ');
}

/** One row per relation given, with its evidence spelled out as full citations. */
/** A file attribute's value as one cell (a list is joined with "; ", as the atlas's own lists are). */
const cell = (value: FieldValue): string | number | boolean | null => (Array.isArray(value) ? value.join('; ') : (value as string | number | boolean | null));

export function relationsCsv(graph: Graph, edges: Iterable<string>, texts: TextsFile, sources: ReadonlyMap<string, Source>): string {
  const ids = [...edges].sort();
  const header = ['id', 'source_id', 'source', 'relation', 'target_id', 'target', 'start', 'end', 'confidence', 'evidence', 'relation_key', 'family', 'directed'];
  const extra = dataFields(ids.map((edge) => graph.getEdgeAttribute(edge, 'data')), new Set(header));
  const rows = ids.map((edge) => {
    const a = graph.getEdgeAttributes(edge);
    const spec = relationOf(vocabularyOf(graph), a.relation);
    return [edge, graph.source(edge), graph.getNodeAttribute(graph.source(edge), 'label'), spec.label,
      graph.target(edge), graph.getNodeAttribute(graph.target(edge), 'label'), a.years.start?.year, a.years.end?.year,
      a.confidence, citeEvidence(texts.evidence[edge] ?? [], sources), a.relation, spec.family, a.directed, ...extra.map((d) => cell(d.value(a.data)))];
  });
  return table([...header, ...extra.map((d) => d.name)], rows);
}

/** One row per node given, with its facts, the build's metrics, and its place, size and colour on the map. */
export function nodesCsv(graph: Graph, nodes: Iterable<string>, texts: TextsFile, sizes?: ReadonlyMap<string, number>): string {
  const palette = paletteOf(vocabularyOf(graph));
  const ids = [...nodes].sort();
  const header = ['id', 'label', 'kind', 'years', 'countries', 'currents', 'aliases', 'relations', 'bio',
    'start', 'end', 'x', 'y', 'size', 'color', 'pagerank', 'betweenness', 'community', 'names'];
  const extra = dataFields(ids.map((node) => graph.getNodeAttribute(node, 'data')), new Set(header));
  const rows = ids.map((node) => {
    const a = graph.getNodeAttributes(node);
    const t = texts.nodes[node];
    const end = a.years?.end && a.years.end !== 'present' ? a.years.end.year : null;
    return [node, a.label, a.kind, formatNodeYears(a.years), t?.countries.join('; '), a.currents.join('; '),
      a.aliases.join('; '), a.degree, t?.bio, a.years?.start.year, end, a.x, a.y, sizes?.get(node), a.color ?? palette.kind(a.kind).color,
      a.pagerank, a.betweenness, a.community, a.names?.length && a.years ? formatDatedNames(a.names, a.years) : '', ...extra.map((d) => cell(d.value(a.data)))];
  });
  return table([...header, ...extra.map((d) => d.name)], rows);
}
