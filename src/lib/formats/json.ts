// graphology's serialized JSON (what `npm run data:json` prints, and what graph.export() gives):
// `{attributes, options, nodes: [{key, attributes}], edges: [{key, source, target, attributes, undirected}]}`.
// JSON.parse gives the values (a "__proto__" key stays plain data); jsonc-parser says where each
// node and edge starts, so every problem has its line and column.
import { visit } from 'jsonc-parser';
import { readJson } from '../model/json-error';
import { checkGraph, type ForeignEdge, type ForeignGraph, type ForeignNode, type Place, type Value } from './foreign';
import { liftKnownAttributes } from './lift';
import { ProblemList, shown } from './problem';
import { lineAt } from './xml';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Line and column of each node and edge object (`nodes[3]`), found in one pass. */
function itemPlaces(text: string): { nodes: Place[]; edges: Place[] } {
  const places = { nodes: [] as Place[], edges: [] as Place[] };
  visit(text, {
    onObjectBegin(_offset, _length, line, character, path) {
      const p = path();
      if (p.length === 2 && (p[0] === 'nodes' || p[0] === 'edges') && typeof p[1] === 'number') {
        places[p[0]][p[1]] = { line: line + 1, column: character + 1, where: `${p[0]}[${p[1]}]` };
      }
    },
  }, { disallowComments: true });
  return places;
}

function attributesOf(value: unknown, place: Place, problems: ProblemList): Map<string, Value> {
  const out = new Map<string, Value>();
  if (value === undefined) return out;
  if (!isObject(value)) { problems.add(`attributes: expected an object, got ${Array.isArray(value) ? 'an array' : typeof value}`, place); return out; }
  for (const key of Object.keys(value)) out.set(key, value[key] as Value);
  return out;
}

const idOf = (value: unknown): string | null => (typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : null);

/** Reads a graphology JSON file into a checked graph. */
export function readGraphologyJson(text: string, problems: ProblemList, warnings: ProblemList): ForeignGraph | null {
  const read = readJson(text);
  if (!read.ok) {
    problems.add(`invalid JSON: ${read.message}`, { line: lineAt(text, read.offset) });
    return null;
  }
  const root = read.value;
  if (!isObject(root) || !Array.isArray(root.nodes)) {
    problems.add('expected an object with a "nodes" array (graphology\'s serialized format: {attributes, nodes, edges})', { line: lineAt(text, read.root) });
    return null;
  }
  if (root.edges !== undefined && !Array.isArray(root.edges)) problems.add('"edges": expected an array');
  const places = itemPlaces(text);
  const options = isObject(root.options) ? root.options : {};
  const graphType = options.type === 'undirected' ? 'undirected' : options.type === 'directed' ? 'directed' : 'mixed';
  const nodes: ForeignNode[] = [];
  root.nodes.forEach((item, i) => {
    const place = places.nodes[i] ?? { where: `nodes[${i}]` };
    if (!isObject(item)) { problems.add('expected a node object {key, attributes}', place); return; }
    const id = idOf(item.key);
    if (id === null) { problems.add(`key: expected a string or a number, got ${item.key === undefined ? 'nothing' : typeof item.key}`, place); return; }
    nodes.push({ id, attributes: attributesOf(item.attributes, place, problems), place: { ...place, where: `nodes[${i}] key=${shown(id)}` } });
  });
  const edges: ForeignEdge[] = [];
  (Array.isArray(root.edges) ? root.edges : []).forEach((item, i) => {
    const place = places.edges[i] ?? { where: `edges[${i}]` };
    if (!isObject(item)) { problems.add('expected an edge object {source, target, attributes}', place); return; }
    const source = idOf(item.source);
    const target = idOf(item.target);
    if (source === null || target === null) { problems.add('source and target: expected node keys (strings or numbers)', place); return; }
    const attributes = attributesOf(item.attributes, place, problems);
    const flag = attributes.get('directed');
    const directed = typeof flag === 'boolean' ? flag : graphType === 'directed' || (graphType === 'mixed' && item.undirected !== true);
    if (typeof flag === 'boolean') attributes.delete('directed');
    const key = item.key === undefined || item.key === null ? undefined : idOf(item.key) ?? undefined;
    edges.push({ id: key, source, target, directed, attributes, place });
  });
  const graph: ForeignGraph = { format: 'graphology-json', attributes: attributesOf(root.attributes, { where: 'attributes' }, problems), nodes, edges };
  const title = graph.attributes.get('title') ?? graph.attributes.get('name');
  if (typeof title === 'string' && title.trim()) graph.title = title.trim().slice(0, 200);
  if (problems.size > 0) return null;
  liftKnownAttributes(graph, warnings);
  checkGraph(graph, problems, warnings);
  return problems.size > 0 ? null : graph;
}
