// CSV tables of what is visible: relations with their citations, and nodes with their facts,
// for spreadsheets and publications (RFC 4180 quoting; formula-looking cells neutralised).
import { formatSource } from '../model/cite';
import { formatNodeYears } from '../model/describe';
import type { TextsFile } from '../model/atlas-files';
import type { Graph } from '../model/graph-type';
import type { Source } from '../model/types';
import { relationOf, vocabularyOf } from '../model/graph-vocabulary';

/** Quotes a cell when needed; a leading = + - @ gets an apostrophe so spreadsheets do not run it. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(header: string[], rows: (string | number | null | undefined)[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One row per visible relation, with its evidence spelled out as full citations. */
export function relationsCsv(graph: Graph, edges: Iterable<string>, texts: TextsFile, sources: ReadonlyMap<string, Source>): string {
  const rows = [...edges].sort().map((edge) => {
    const a = graph.getEdgeAttributes(edge);
    const evidence = (texts.evidence[edge] ?? []).map((e) => {
      const source = sources.get(e.source);
      return `${source ? formatSource(source) : e.source} — ${e.locator}: ${e.note}`;
    }).join(' | ');
    return [edge, graph.source(edge), graph.getNodeAttribute(graph.source(edge), 'label'), relationOf(vocabularyOf(graph), a.relation).label,
      graph.target(edge), graph.getNodeAttribute(graph.target(edge), 'label'), a.years.start?.year, a.years.end?.year,
      a.confidence, evidence];
  });
  return table(['id', 'source_id', 'source', 'relation', 'target_id', 'target', 'start', 'end', 'confidence', 'evidence'], rows);
}

/** One row per visible node with its facts and the build's metrics. */
export function nodesCsv(graph: Graph, nodes: Iterable<string>, texts: TextsFile): string {
  const rows = [...nodes].sort().map((node) => {
    const a = graph.getNodeAttributes(node);
    const t = texts.nodes[node];
    return [node, a.label, a.kind, formatNodeYears(a.years), t?.countries.join('; '), a.currents.join('; '),
      a.aliases.join('; '), a.degree, t?.bio];
  });
  return table(['id', 'label', 'kind', 'years', 'countries', 'currents', 'aliases', 'relations', 'bio'], rows);
}
