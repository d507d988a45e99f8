// GEXF 1.2 / 1.3 (Gephi's format), read in one streaming pass by saxes (a strict, conformant XML
// parser that reports line and column) without building a document: at 10k nodes / 40k edges a DOM
// (@xmldom/xmldom) and graphology-gexf's descendant searches took ~8 s in the Worker, this pass
// under 1 s. It reads what graphology-gexf's parser reads, the same way (its own value parser types
// the attvalues; `tests/unit/formats/gexf-reader.test.ts` compares the two on the same files), plus
// what the library leaves out: spells and start/end, which become years, and each element's line.
import { parseValue } from 'graphology-gexf/common/helpers.js';
import { parseColor } from './color';
import { checkGraph, LIMITS, type ForeignEdge, type ForeignGraph, type ForeignNode, type Place, type Value } from './foreign';
import { ProblemList, RESERVED_NAMES, shown } from './problem';
import { beyondLimit, lineAt, localOf, refuseDoctype, XmlStream } from './xml';
import { coverSpans, parseYear, type YearSpan } from './years';

/** Fields taken out of a node's attributes (the atlas has a place for them). */
const NODE_FIELDS = new Set(['label', 'x', 'y', 'z', 'size', 'color']);
const EDGE_FIELDS = new Set(['color']);
/** The viz elements graphology-gexf reads, and how. */
const VIZ = new Set(['color', 'size', 'position', 'shape', 'thickness']);

type Attrs = Record<string, string>;

/** A node or edge element while it is read: its own attributes, attvalues, viz elements and spans. */
interface Owner {
  item: ForeignNode | ForeignEdge;
  node: boolean;
  depth: number;
  attrs: Attrs;
  values: [string, string][];
  /** The first viz element of each name (a `viz:` one wins over an unprefixed one). */
  viz: Map<string, { attrs: Attrs; prefixed: boolean }>;
  spans: YearSpan[];
}

interface Declared { id: string; title: string; type: string; fallback?: string }

/** An attribute declaration's title as graphology-gexf gives it: the title only for numeric ids. */
const titleOf = (id: string, title: string | undefined) => (!Number.isNaN(+id) ? title || id : id);



/** Reads a GEXF file into a checked graph; problems refuse it, warnings say what was changed. */
export function readGexf(text: string, problems: ProblemList, warnings: ProblemList): ForeignGraph | null {
  const excess = beyondLimit(text, 'attribute', 2 * LIMITS.attributes);
  if (excess >= 0) {
    problems.add(`more than ${2 * LIMITS.attributes} <attribute> declarations: expected at most ${LIMITS.attributes} for nodes and ${LIMITS.attributes} for edges`, { line: lineAt(text, excess), where: '<attribute>' });
    return null;
  }
  if (!refuseDoctype(text, problems)) return null;

  const stream = new XmlStream(problems);
  const parser = stream.parser;
  const nodes: ForeignNode[] = [];
  const edges: ForeignEdge[] = [];
  const owners: Owner[] = [];
  const model: Record<'node' | 'edge', Map<string, Declared>> = { node: new Map(), edge: new Map() };
  const meta = new Map<string, string>();
  let lastModified: string | undefined;
  /** Names of the open elements (local names). */
  const stack: string[] = [];
  let root: Place | null = null;
  let graphDepth = -1;
  let graphSeen = false;
  let defaultType = 'undirected';
  let metaDepth = -1;
  let metaDone = false;
  /** An `<attributes>` block being read: its class, depth, place and declarations. */
  let block: { cls: string; depth: number; place: Place; direct: boolean; declared: { attrs: Attrs; place: Place; fallback?: string }[] } | null = null;
  let pendingDeclaration: { attrs: Attrs; place: Place; fallback?: string } | null = null;
  /** Every node and edge element, in document order. */
  const all: Owner[] = [];

  const placeOf = (name: string, label = ''): Place => stream.place(name, label);

  parser.on('opentag', (tag) => {
    const name = localOf(tag.name);
    const attrs = tag.attributes as Attrs;
    const depth = stack.length;
    stack.push(name);
    if (depth === 0) {
      root = stream.root(tag, 'gexf');
      return;
    }
    const owner = owners.length ? owners[owners.length - 1] : null;
    switch (name) {
      case 'graph':
        if (depth === 1 && !graphSeen) {
          graphSeen = true;
          graphDepth = depth;
          defaultType = attrs.defaultedgetype || 'undirected';
        }
        return;
      case 'meta':
        if (!metaDone && metaDepth < 0) {
          metaDepth = depth;
          if (attrs.lastmodifieddate) lastModified = attrs.lastmodifieddate;
        }
        return;
      case 'attributes':
        if (!block) block = { cls: attrs.class ?? '', depth, place: placeOf(tag.name), direct: depth === graphDepth + 1 && graphDepth >= 0, declared: [] };
        return;
      case 'attribute':
        if (block) {
          const declared: { attrs: Attrs; place: Place; fallback?: string } = { attrs, place: placeOf(tag.name) };
          block.declared.push(declared);
          if (!tag.isSelfClosing) pendingDeclaration = declared;
        }
        return;
      case 'default':
        if (pendingDeclaration && !stream.capturing) {
          const declared = pendingDeclaration;
          if (declared.fallback === undefined) stream.gather(depth, (value) => { declared.fallback = value; });
        }
        return;
      case 'node': {
        const id = attrs.id ?? '';
        const node: ForeignNode = { id, attributes: new Map(), place: placeOf(tag.name, id ? ` id=${shown(id)}` : '') };
        nodes.push(node);
        owners.push(newOwner(node, true, depth, attrs));
        return;
      }
      case 'edge': {
        const id = attrs.id;
        const type = attrs.type || defaultType;
        const edge: ForeignEdge = {
          id, source: attrs.source ?? '', target: attrs.target ?? '',
          directed: type === 'directed', attributes: new Map(), place: placeOf(tag.name, id ? ` id=${shown(id)}` : ''),
        };
        edges.push(edge);
        owners.push(newOwner(edge, false, depth, attrs));
        return;
      }
      case 'attvalue':
        if (owner) {
          const key = attrs.id || attrs.for;
          if (key !== undefined && attrs.value !== undefined) owner.values.push([key, attrs.value]);
        }
        return;
      case 'spell':
        if (owner && depth === owner.depth + 2 && stack[depth - 1] === 'spells') readSpan(owner, attrs, tag.name);
        return;
      default:
        if (metaDepth >= 0 && depth === metaDepth + 1 && !stream.capturing) {
          const field = tag.name.toLowerCase();
          stream.gather(depth, (value) => { if (value.trim()) meta.set(field, value); });
          return;
        }
        if (owner && VIZ.has(name)) {
          const prefixed = tag.name.startsWith('viz:');
          const seen = owner.viz.get(name);
          if (!seen || (prefixed && !seen.prefixed)) owner.viz.set(name, { attrs, prefixed });
        }
    }
  });
  parser.on('closetag', () => {
    const depth = stack.length - 1;
    const name = stack.pop()!;
    stream.closed(depth);
    if (name === 'attribute') pendingDeclaration = null;
    else if (name === 'meta' && depth === metaDepth) { metaDepth = -1; metaDone = true; }
    else if (name === 'attributes' && block && depth === block.depth) { declare(block); block = null; }
    else if ((name === 'node' || name === 'edge') && owners.length && owners[owners.length - 1].depth === depth) {
      const owner = owners.pop()!;
      owner.item.years = coverSpans(owner.spans) ?? undefined;
    }
  });

  function newOwner(item: ForeignNode | ForeignEdge, node: boolean, depth: number, attrs: Attrs): Owner {
    const owner: Owner = { item, node, depth, attrs, values: [], viz: new Map(), spans: [] };
    all.push(owner);
    readSpan(owner, attrs, node ? 'node' : 'edge');
    return owner;
  }

  function readSpan(owner: Owner, attrs: Attrs, tagName: string): void {
    const span: YearSpan = {};
    for (const side of ['start', 'end'] as const) {
      const raw = attrs[side] ?? attrs[`${side}open`];
      if (raw === undefined) continue;
      const year = parseYear(raw);
      if (year === null) problems.add(`${side} = ${shown(raw)}: expected a year or a date such as 1936 or 1936-07-19`, placeOf(tagName));
      else span[side] = year;
    }
    if (span.start !== undefined || span.end !== undefined) owner.spans.push(span);
  }

  function declare(b: NonNullable<typeof block>): void {
    if (b.direct && b.declared.length > LIMITS.attributes) {
      problems.add(`${b.declared.length} declared ${b.cls || 'node'} attributes: expected at most ${LIMITS.attributes}`, b.place);
      return;
    }
    const target = b.cls === 'node' ? model.node : b.cls === 'edge' ? model.edge : null;
    for (const { attrs, place, fallback } of b.declared) {
      const id = attrs.id ?? null;
      const title = attrs.title ?? id;
      if (b.direct) {
        if (id === null || id === '') problems.add('an attribute declaration without an id: expected id="…"', place);
        for (const n of [id, title]) {
          if (n !== null && RESERVED_NAMES.has(n)) problems.add(`attribute ${shown(n)} is a name JavaScript objects already have: expected another name`, place);
        }
      }
      const key = attrs.id || attrs.for || '';
      target?.set(key, { id: key, title: titleOf(key, attrs.title), type: attrs.type || 'string', fallback });
    }
  }

  if (!stream.run(text, problems)) return null;
  if (!root) { problems.add('not well-formed XML: no root element'); return null; }
  if (!graphSeen) { problems.add('no <graph> element: expected <gexf><graph>…</graph></gexf>', root); return null; }
  if (problems.size > 0) return null;

  const graph: ForeignGraph = { format: 'gexf', attributes: new Map(), nodes, edges };
  for (const [key, value] of meta) graph.attributes.set(key, value);
  if (lastModified) graph.attributes.set('lastModifiedDate', lastModified);
  const title = graph.attributes.get('title') ?? graph.attributes.get('description');
  if (typeof title === 'string' && title.trim()) graph.title = title.trim().slice(0, 200);

  let badColors = 0;
  const typed = (declared: Map<string, Declared>) => {
    const defaults: [string, Value][] = [];
    for (const d of declared.values()) if (d.fallback !== undefined) defaults.push([d.title, parseValue(d.type, d.fallback) as Value]);
    return defaults;
  };
  const defaults = { node: typed(model.node), edge: typed(model.edge) };
  const finish = (owner: Owner) => {
    // What graphology-gexf's collectAttributes gives, in its order: label, weight, kind, the
    // attvalues (typed by their declaration), the declared defaults, then the viz elements.
    const data = new Map<string, unknown>();
    const { attrs } = owner;
    if (attrs.label) data.set('label', attrs.label);
    if (attrs.weight) data.set('weight', +attrs.weight);
    if (attrs.kind) data.set('kind', attrs.kind);
    const declared = owner.node ? model.node : model.edge;
    for (const [key, raw] of owner.values) {
      const d = declared.get(key);
      data.set(d ? d.title : key, d ? parseValue(d.type, raw) : raw);
    }
    for (const [key, value] of owner.node ? defaults.node : defaults.edge) if (!data.has(key)) data.set(key, value);
    const viz = owner.viz;
    const color = viz.get('color')?.attrs;
    if (color) data.set('color', color.hex || (color.a ? `rgba(${color.r},${color.g},${color.b},${color.a})` : `rgb(${color.r},${color.g},${color.b})`));
    const size = viz.get('size')?.attrs;
    if (size) data.set('size', +(size.value ?? NaN));
    const position = viz.get('position')?.attrs;
    if (position) {
      if (position.x) data.set('x', +position.x);
      if (position.y) data.set('y', +position.y);
      if (position.z) data.set('z', +position.z);
    }
    const shape = viz.get('shape')?.attrs;
    if (shape) data.set('shape', shape.value ?? null);
    const thickness = viz.get('thickness')?.attrs;
    if (thickness) data.set('thickness', +(thickness.value ?? NaN));

    const item = owner.item;
    const own = owner.node ? NODE_FIELDS : EDGE_FIELDS;
    if (owner.node) {
      const node = item as ForeignNode;
      const label = data.get('label');
      if (typeof label === 'string') node.label = label;
      const x = data.get('x'), y = data.get('y'), s = data.get('size');
      if (x !== undefined) node.x = x as number;
      if (y !== undefined) node.y = y as number;
      if (s !== undefined) node.size = s as number;
    }
    for (const [key, value] of data) {
      if (own.has(key)) continue;
      item.attributes.set(key, typeof value === 'number' && !Number.isFinite(value) ? null : (value as Value));
    }
    const c = data.get('color');
    if (c !== undefined) {
      const parsed = parseColor(c);
      if (parsed) item.color = parsed; else badColors++;
    }
  };
  for (const owner of all) finish(owner);
  if (badColors) warnings.add(`${badColors} viz:color value${badColors === 1 ? ' is' : 's are'} not a colour (expected hex or r, g, b from 0 to 255): drawn in the kind's colour instead`);
  checkGraph(graph, problems, warnings);
  return problems.size > 0 ? null : graph;
}
