// GraphML: parsed by graphology-graphml over a safe @xmldom/xmldom document (its parser factory takes
// any DOMParser and Document, as a Worker needs). A first pass checks ids, ends and key declarations
// with their lines. Each edge's direction is read there and its `directed` attribute taken off before
// the library runs: the library copies the whole graph for every edge whose direction differs from
// the default, which is quadratic on a mixed graph (the atlas keeps direction per edge anyway).
import Graph from 'graphology';
import createGraphmlParser from 'graphology-graphml/common/parser.js';
import { DOMParser, Document } from '@xmldom/xmldom';
import { checkGraph, LIMITS, type ForeignEdge, type ForeignGraph, type ForeignNode, type Value } from './foreign';
import { liftKnownAttributes } from './lift';
import { ProblemList, RESERVED_NAMES, shown } from './problem';
import { at, attr, beyondLimit, child, lineAt, localName, parseXml } from './xml';

const parseGraphml = createGraphmlParser(DOMParser, Document) as (G: typeof Graph, source: unknown, options?: object) => Graph;
const ANONYMOUS = '\u0000edge-';
const TYPES = new Set(['boolean', 'int', 'long', 'float', 'double', 'string']);

/** Reads a GraphML file into a checked graph. */
export function readGraphml(text: string, problems: ProblemList, warnings: ProblemList): ForeignGraph | null {
  const excess = beyondLimit(text, 'key', LIMITS.attributes * 3);
  if (excess >= 0) {
    problems.add(`more than ${LIMITS.attributes * 3} <key> declarations: expected at most ${LIMITS.attributes} per kind of element`, { line: lineAt(text, excess), where: '<key>' });
    return null;
  }
  const doc = parseXml(text, problems);
  if (!doc) return null;
  const root = doc.documentElement;
  if (!root || localName(root) !== 'graphml') {
    problems.add(`the root element is ${root ? `<${localName(root)}>` : 'missing'}: expected <graphml>`, root ? at(root) : {});
    return null;
  }
  const graphElement = child(root, 'graph');
  if (!graphElement) { problems.add('no <graph> element: expected <graphml><graph>…</graph></graphml>', at(root)); return null; }
  const keys = new Set<string>();
  const declared = Array.from(doc.getElementsByTagName('key'));
  if (declared.length > LIMITS.attributes * 3) {
    problems.add(`${declared.length} <key> declarations: expected at most ${LIMITS.attributes * 3} (${LIMITS.attributes} per kind of element)`, at(declared[0]));
    return null;
  }
  for (const key of declared) {
    const id = attr(key, 'id');
    const name = attr(key, 'attr.name');
    const type = attr(key, 'attr.type');
    if (!id) problems.add('a <key> without an id: expected id="…"', at(key));
    else keys.add(id);
    for (const n of [id, name]) if (n && RESERVED_NAMES.has(n)) problems.add(`key ${shown(n)} is a name JavaScript objects already have: expected another name`, at(key));
    if (type !== null && !TYPES.has(type)) problems.add(`attr.type = ${shown(type)}: expected one of ${[...TYPES].join(', ')}`, at(key));
  }
  let undeclared = 0;
  for (const data of Array.from(doc.getElementsByTagName('data'))) {
    const key = attr(data, 'key');
    if (key === null) problems.add('a <data> without a key: expected key="…"', at(data));
    else if (RESERVED_NAMES.has(key)) problems.add(`data key ${shown(key)} is a name JavaScript objects already have: expected another key`, at(data));
    else if (!keys.has(key)) undeclared++;
  }
  if (undeclared) warnings.add(`${undeclared} <data> element${undeclared === 1 ? ' uses' : 's use'} a key no <key> declares: kept as text`);
  const edgedefault = attr(graphElement, 'edgedefault') ?? 'undirected';

  const nodes: ForeignNode[] = Array.from(doc.getElementsByTagName('node')).map((element) => {
    const id = attr(element, 'id') ?? '';
    return { id, attributes: new Map(), place: at(element, id ? ` id=${shown(id)}` : '') };
  });
  const edges: ForeignEdge[] = Array.from(doc.getElementsByTagName('edge')).map((element, i) => {
    const id = attr(element, 'id');
    const directed = (attr(element, 'directed') ?? (edgedefault === 'directed' ? 'true' : 'false')) === 'true';
    element.removeAttribute('directed');
    if (id === null) element.setAttribute('id', `${ANONYMOUS}${i}`);
    return { id: id ?? undefined, source: attr(element, 'source') ?? '', target: attr(element, 'target') ?? '', directed, attributes: new Map(), place: at(element, id ? ` id=${shown(id)}` : '') };
  });
  const graph: ForeignGraph = { format: 'graphml', attributes: new Map(), nodes, edges };
  checkGraph({ ...graph, edges: [...edges], nodes: [...nodes] }, problems, new ProblemList(''));
  if (problems.size > 0) return null;

  let parsed: Graph;
  try {
    parsed = parseGraphml(Graph, doc, { addMissingNodes: false });
  } catch (error) {
    problems.add(`graphology-graphml could not read the file: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  const copy = (into: Map<string, Value>, from: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(from)) into.set(key, typeof value === 'number' && !Number.isFinite(value) ? null : (value as Value));
  };
  copy(graph.attributes, parsed.getAttributes());
  for (const node of nodes) copy(node.attributes, parsed.getNodeAttributes(node.id));
  edges.forEach((edge, i) => {
    const key = edge.id ?? `${ANONYMOUS}${i}`;
    if (parsed.hasEdge(key)) copy(edge.attributes, parsed.getEdgeAttributes(key));
  });
  const title = graph.attributes.get('title') ?? graph.attributes.get('name') ?? graph.attributes.get('id');
  if (typeof title === 'string' && title.trim()) graph.title = title.trim().slice(0, 200);
  liftKnownAttributes(graph, warnings);
  checkGraph(graph, problems, warnings);
  return problems.size > 0 ? null : graph;
}
