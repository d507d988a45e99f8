// CSV and TSV (d3-dsv): one edge list, or a nodes file plus an edges file. Each column is given a
// role by the user (a guess from its header is offered first): id, label, kind, source, target,
// relation, years, start, end, confidence, attribute, or ignored. Every problem names its line and column.
import { dsvFormat } from 'd3-dsv';
import { checkGraph, type ForeignEdge, type ForeignGraph, type ForeignNode, type Value } from './foreign';
import { ProblemList, RESERVED_NAMES, shown } from './problem';
import { parseYear, parseYearSpan } from './years';

/** What a column means. */
export const COLUMN_ROLES = ['id', 'label', 'kind', 'source', 'target', 'relation', 'years', 'start', 'end', 'confidence', 'attribute', 'ignore'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** The role of each column, in header order. */
export type CsvMapping = ColumnRole[];

/** What the mapping step shows for one file: its header, a few rows, and the roles guessed (or remembered). */
export interface CsvPreview {
  name: string;
  delimiter: string;
  headers: string[];
  sample: string[][];
  guess: CsvMapping;
}

const GUESSES: [RegExp, ColumnRole][] = [
  [/^(id|key|node|node_?id|identifier)$/i, 'id'],
  [/^(label|name|title)$/i, 'label'],
  [/^(kind|category|group|class|node_?type)$/i, 'kind'],
  [/^(source|from|src|source_?id)$/i, 'source'],
  [/^(target|to|dst|target_?id)$/i, 'target'],
  [/^(relation|relationship|edge_?type|predicate|type)$/i, 'relation'],
  [/^(years?|dates?|period)$/i, 'years'],
  [/^(start|begin|start_?year|from_?year|born|birth|founded)$/i, 'start'],
  [/^(end|until|end_?year|to_?year|died|death|dissolved)$/i, 'end'],
  [/^confidence$/i, 'confidence'],
];

const CONFIDENCE = ['certain', 'likely', 'possible'];

/** The delimiter: a tab for .tsv, else the commonest of comma, semicolon and tab on the first line. */
export function delimiterOf(name: string, text: string): string {
  if (/\.tsv$/i.test(name)) return '\t';
  const first = text.slice(0, Math.max(0, text.indexOf('\n')) || 10_000);
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** Roles guessed from the headers; a file with source and target is an edge list, where "type" is a relation. */
export function guessMapping(headers: string[]): CsvMapping {
  const roles = headers.map((h) => GUESSES.find(([pattern]) => pattern.test(h.trim()))?.[1] ?? 'attribute');
  const edges = roles.includes('source') && roles.includes('target');
  return roles.map((role, i) => {
    if (!edges && role === 'relation' && /^type$/i.test(headers[i].trim())) return 'kind';
    if (edges && role === 'id') return 'attribute';
    return role;
  });
}

/** The preview of one file (its first rows only: the whole file is parsed later, in the worker). */
export function previewCsv(name: string, text: string): CsvPreview {
  const delimiter = delimiterOf(name, text);
  let cut = 0;
  for (let i = 0; i < 8 && cut >= 0; i++) cut = text.indexOf('\n', cut + 1);
  const rows = dsvFormat(delimiter).parseRows(cut > 0 ? text.slice(0, cut) : text.slice(0, 100_000));
  const headers = (rows[0] ?? []).slice(0, 600).map((h) => h.slice(0, 200));
  return { name, delimiter, headers, sample: rows.slice(1, 6).map((r) => r.slice(0, 600).map((v) => v.slice(0, 200))), guess: guessMapping(headers) };
}

/** One CSV file to read, with its mapping. */
export interface CsvInput { name: string; text: string; mapping: CsvMapping }

interface Table { name: string; headers: string[]; rows: string[][]; lines: number[]; mapping: CsvMapping; problems: ProblemList }

function table(input: CsvInput, problems: ProblemList): Table {
  const rows = dsvFormat(delimiterOf(input.name, input.text)).parseRows(input.text);
  const headers = rows.shift() ?? [];
  const lines: number[] = [];
  let line = 2;
  for (const row of rows) {
    lines.push(line);
    line += 1;
    for (const field of row) for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) line++;
  }
  const seen = new Set<string>();
  headers.forEach((h, i) => {
    const role = input.mapping[i] ?? 'attribute';
    if (role !== 'attribute') return;
    if (h.trim() === '') problems.add('a column without a header, read as an attribute: expected a name (or choose "ignore")', { line: 1, where: `column ${i + 1}` });
    else if (RESERVED_NAMES.has(h)) problems.add(`header ${shown(h)} is a name JavaScript objects already have: rename the column or choose "ignore"`, { line: 1, where: `column ${i + 1}` });
    else if (seen.has(h)) problems.add(`header ${shown(h)} appears twice: expected each attribute column once`, { line: 1, where: `column ${i + 1}` });
    seen.add(h);
  });
  return { name: input.name, headers, rows, lines, mapping: input.mapping, problems };
}

/** Reads one row's mapped values; problems name the line and the column. */
function readRow(t: Table, r: number, node: boolean) {
  const row = t.rows[r];
  const line = t.lines[r];
  const out: { id?: string; label?: string; source?: string; target?: string; start?: number; end?: number; attributes: Map<string, Value> } = { attributes: new Map() };
  if (row.length !== t.headers.length && !(row.length === 1 && row[0] === '')) {
    t.problems.add(`${row.length} field${row.length === 1 ? '' : 's'}: expected ${t.headers.length}, as in the header`, { line });
  }
  t.mapping.forEach((role, c) => {
    const raw = row[c] ?? '';
    const value = raw.trim();
    const where = { line, where: `column ${shown(t.headers[c] ?? String(c + 1), 30)}` };
    switch (role) {
      case 'id': case 'label': case 'source': case 'target': out[role] = value; break;
      case 'kind': if (value) out.attributes.set('kind', value); break;
      case 'relation': if (value) out.attributes.set('relation', value); break;
      case 'confidence':
        if (!value) break;
        if (CONFIDENCE.includes(value.toLowerCase())) out.attributes.set('confidence', value.toLowerCase());
        else t.problems.add(`confidence ${shown(value)}: expected certain, likely or possible (or map the column as an attribute)`, where);
        break;
      case 'years': {
        if (!value) break;
        const span = parseYearSpan(value);
        if (span) { out.start = span.start; out.end = span.end; }
        else t.problems.add(`${shown(value)} is not a year or a span of years: expected 1936, 1936–1939 or 1936-07-19 (or map the column as an attribute)`, where);
        break;
      }
      case 'start': case 'end': {
        if (!value) break;
        const year = parseYear(value);
        if (year === null) t.problems.add(`${shown(value)} is not a year: expected 1936 or 1936-07-19 (or map the column as an attribute)`, where);
        else out[role] = year;
        break;
      }
      case 'attribute':
        if (value !== '' && t.headers[c]) out.attributes.set(t.headers[c], raw);
        break;
    }
  });
  if (node && out.id === undefined) out.id = '';
  return out;
}

/** Columns whose every value is a number become numbers. */
function typeNumbers(items: { attributes: Map<string, Value> }[]): void {
  const numeric = new Map<string, boolean>();
  for (const item of items) for (const [k, v] of item.attributes) {
    if (k === 'kind' || k === 'relation' || k === 'confidence') continue;
    if (numeric.get(k) === false) continue;
    numeric.set(k, typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)));
  }
  for (const item of items) for (const [k, v] of item.attributes) if (numeric.get(k)) item.attributes.set(k, Number(v));
}

/** Reads one edge list, or a nodes file and an edges file, into a checked graph. */
export function readCsv(inputs: CsvInput[], problemsOf: (name: string) => ProblemList, warnings: ProblemList): ForeignGraph | null {
  const tables = inputs.map((input) => table(input, problemsOf(input.name)));
  const edgeTable = tables.find((t) => t.mapping.includes('source') && t.mapping.includes('target'));
  const nodeTable = tables.find((t) => t !== edgeTable && t.mapping.includes('id'));
  for (const t of tables) {
    if (t !== edgeTable && t !== nodeTable) {
      t.problems.add(tables.length === 1 ? 'no column is mapped as source and target (an edge list) or as id (a nodes file)' : 'this file is neither the edges file (source and target) nor the nodes file (id)');
    }
  }
  if (!edgeTable && !nodeTable) return null;
  const nodes: ForeignNode[] = [];
  const byId = new Map<string, ForeignNode>();
  if (nodeTable) nodeTable.rows.forEach((_row, r) => {
    if (nodeTable.rows[r].length === 1 && nodeTable.rows[r][0] === '') return;
    const v = readRow(nodeTable, r, true);
    const node: ForeignNode = { id: v.id ?? '', label: v.label || undefined, attributes: v.attributes, place: { line: nodeTable.lines[r], where: nodeTable.name } };
    if (v.start !== undefined || v.end !== undefined) node.years = { start: v.start, end: v.end };
    nodes.push(node);
    if (!byId.has(node.id)) byId.set(node.id, node);
  });
  const edges: ForeignEdge[] = [];
  if (edgeTable) edgeTable.rows.forEach((_row, r) => {
    if (edgeTable.rows[r].length === 1 && edgeTable.rows[r][0] === '') return;
    const v = readRow(edgeTable, r, false);
    const place = { line: edgeTable.lines[r], where: edgeTable.name };
    const edge: ForeignEdge = { source: v.source ?? '', target: v.target ?? '', directed: true, attributes: v.attributes, place };
    if (v.start !== undefined || v.end !== undefined) edge.years = { start: v.start, end: v.end };
    edges.push(edge);
    if (!nodeTable) for (const id of [edge.source, edge.target]) {
      if (id !== '' && !byId.has(id)) {
        const node: ForeignNode = { id, attributes: new Map(), place };
        byId.set(id, node);
        nodes.push(node);
      }
    }
  });
  typeNumbers(nodes);
  typeNumbers(edges);
  const graph: ForeignGraph = { format: 'csv', attributes: new Map(), nodes, edges };
  const sink = edgeTable?.problems ?? nodeTable!.problems;
  if (tables.some((t) => t.problems.size > 0)) return null;
  checkGraph(graph, sink, warnings);
  return sink.size > 0 ? null : graph;
}
