// GEXF 1.2 / 1.3 (Gephi's format): parsed by graphology-gexf over a safe @xmldom/xmldom document (a
// Worker has no DOMParser; the library's parser factory takes any DOMParser and Document). A first
// pass over the same document checks ids, ends and declarations with their lines and reads what
// the library leaves out: spells and start/end, which become years.
import Graph from 'graphology';
import createGexfParser from 'graphology-gexf/common/parser.js';
import { DOMParser, Document } from '@xmldom/xmldom';
import { parseColor } from './color';
import { checkGraph, LIMITS, type ForeignEdge, type ForeignGraph, type ForeignNode, type Value } from './foreign';
import { ProblemList, RESERVED_NAMES, shown } from './problem';
import { at, attr, beyondLimit, child, children, lineAt, localName, parseXml, type Element } from './xml';
import { coverSpans, parseYear, type YearSpan } from './years';

const parseGexf = createGexfParser(DOMParser, Document) as (G: typeof Graph, source: unknown, options?: object) => Graph;

/** Keys given to edges without an id so the library's edges can be matched to the document's. */
const ANONYMOUS = '\u0000edge-';

/** Fields graphology-gexf reads from viz and the element itself, which the atlas takes apart. */
const NODE_FIELDS = new Set(['label', 'x', 'y', 'z', 'size', 'color']);
const EDGE_FIELDS = new Set(['color']);

function spanOf(element: Element, problems: ProblemList): YearSpan | undefined {
  const spans: YearSpan[] = [];
  const read = (e: Element) => {
    const span: YearSpan = {};
    for (const side of ['start', 'end'] as const) {
      const raw = attr(e, side) ?? attr(e, `${side}open`);
      if (raw === null) continue;
      const year = parseYear(raw);
      if (year === null) problems.add(`${side} = ${shown(raw)}: expected a year or a date such as 1936 or 1936-07-19`, at(e));
      else span[side] = year;
    }
    if (span.start !== undefined || span.end !== undefined) spans.push(span);
  };
  read(element);
  const spells = child(element, 'spells');
  if (spells) for (const spell of children(spells, 'spell')) read(spell);
  return coverSpans(spans) ?? undefined;
}

function declarations(graphElement: Element, problems: ProblemList): void {
  for (const block of children(graphElement, 'attributes')) {
    const declared = children(block, 'attribute');
    if (declared.length > LIMITS.attributes) {
      problems.add(`${declared.length} declared ${attr(block, 'class') ?? 'node'} attributes: expected at most ${LIMITS.attributes}`, at(block));
      continue;
    }
    for (const declared of children(block, 'attribute')) {
      const id = attr(declared, 'id');
      const title = attr(declared, 'title') ?? id;
      if (id === null || id === '') problems.add('an attribute declaration without an id: expected id="…"', at(declared));
      for (const name of [id, title]) {
        if (name !== null && RESERVED_NAMES.has(name)) problems.add(`attribute ${shown(name)} is a name JavaScript objects already have: expected another name`, at(declared));
      }
    }
  }
}

/** Reads a GEXF file into a checked graph; problems refuse it, warnings say what was changed. */
export function readGexf(text: string, problems: ProblemList, warnings: ProblemList): ForeignGraph | null {
  const excess = beyondLimit(text, 'attribute', 2 * LIMITS.attributes);
  if (excess >= 0) {
    problems.add(`more than ${2 * LIMITS.attributes} <attribute> declarations: expected at most ${LIMITS.attributes} for nodes and ${LIMITS.attributes} for edges`, { line: lineAt(text, excess), where: '<attribute>' });
    return null;
  }
  const doc = parseXml(text, problems);
  if (!doc) return null;
  const root = doc.documentElement;
  if (!root || localName(root) !== 'gexf') {
    problems.add(`the root element is ${root ? `<${localName(root)}>` : 'missing'}: expected <gexf>`, root ? at(root) : {});
    return null;
  }
  const graphElement = child(root, 'graph');
  if (!graphElement) { problems.add('no <graph> element: expected <gexf><graph>…</graph></gexf>', at(root)); return null; }
  declarations(graphElement, problems);
  if (problems.size > 0) return null;
  const defaultType = attr(graphElement, 'defaultedgetype') ?? 'undirected';

  const nodes: ForeignNode[] = [];
  for (const element of Array.from(doc.getElementsByTagName('node'))) {
    const id = attr(element, 'id') ?? '';
    nodes.push({ id, attributes: new Map(), place: at(element, id ? ` id=${shown(id)}` : ''), years: spanOf(element, problems) });
  }
  const edges: ForeignEdge[] = [];
  Array.from(doc.getElementsByTagName('edge')).forEach((element, i) => {
    const id = attr(element, 'id');
    const type = attr(element, 'type') ?? defaultType;
    if (id === null) element.setAttribute('id', `${ANONYMOUS}${i}`);
    edges.push({
      id: id ?? undefined, source: attr(element, 'source') ?? '', target: attr(element, 'target') ?? '',
      directed: type === 'directed', attributes: new Map(), place: at(element, id ? ` id=${shown(id)}` : ''), years: spanOf(element, problems),
    });
  });
  const graph: ForeignGraph = { format: 'gexf', attributes: new Map(), nodes, edges };
  // Ids and ends first: the library would stop at the first duplicate without saying where.
  checkGraph({ ...graph, edges: [...edges], nodes: nodes.map((n) => ({ ...n, attributes: new Map() })) }, problems, new ProblemList(''));
  if (problems.size > 0) return null;

  let parsed: Graph;
  try {
    parsed = parseGexf(Graph, doc, { allowUndeclaredAttributes: true, addMissingNodes: false });
  } catch (error) {
    problems.add(`graphology-gexf could not read the file: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  for (const [key, value] of Object.entries(parsed.getAttributes())) graph.attributes.set(key, value as Value);
  const title = graph.attributes.get('title') ?? graph.attributes.get('description');
  if (typeof title === 'string' && title.trim()) graph.title = title.trim().slice(0, 200);
  let badColors = 0;
  const take = (item: ForeignNode | ForeignEdge, attributes: Record<string, unknown>, own: ReadonlySet<string>) => {
    for (const [key, value] of Object.entries(attributes)) {
      if (own.has(key)) continue;
      item.attributes.set(key, typeof value === 'number' && !Number.isFinite(value) ? null : (value as Value));
    }
    if (attributes.color !== undefined) {
      const color = parseColor(attributes.color);
      if (color) item.color = color; else badColors++;
    }
  };
  for (const node of nodes) {
    const a = parsed.getNodeAttributes(node.id);
    if (typeof a.label === 'string') node.label = a.label;
    if (a.x !== undefined) node.x = a.x;
    if (a.y !== undefined) node.y = a.y;
    if (a.size !== undefined) node.size = a.size;
    take(node, a, NODE_FIELDS);
  }
  edges.forEach((edge, i) => {
    const key = edge.id ?? `${ANONYMOUS}${i}`;
    take(edge, parsed.hasEdge(key) ? parsed.getEdgeAttributes(key) : {}, EDGE_FIELDS);
  });
  if (badColors) warnings.add(`${badColors} viz:color value${badColors === 1 ? ' is' : 's are'} not a colour (expected hex or r, g, b from 0 to 255): drawn in the kind's colour instead`);
  checkGraph(graph, problems, warnings);
  return problems.size > 0 ? null : graph;
}
