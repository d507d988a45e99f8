// GraphML, read in one streaming pass by saxes (as GEXF is: no document is built; a generated file of
// 10k nodes / 40k edges reads in 0.8 s in Node, where an @xmldom/xmldom document took 6.4 s). It reads what
// graphology-graphml's parser reads, the same way — keys and their types and defaults, each
// element's <data> (text content, cast by the key's attr.type), r/g/b folded into a colour — and
// `tests/unit/formats/graphml-reader.test.ts` compares the two on the same files. Each edge keeps its
// own direction (`directed`, else the graph's edgedefault), and each element its line and column.
import { checkGraph, LIMITS, type ForeignEdge, type ForeignGraph, type ForeignNode, type Place, type Value } from './foreign';
import { liftKnownAttributes } from './lift';
import { ProblemList, RESERVED_NAMES, shown } from './problem';
import { beyondLimit, lineAt, localOf, refuseDoctype, XmlStream } from './xml';

const TYPES = new Set(['boolean', 'int', 'long', 'float', 'double', 'string']);
type Domain = 'graph' | 'node' | 'edge';
type Attrs = Record<string, string>;

/** graphology-graphml's casts, by attr.type. */
const CASTS: Record<string, (v: string) => Value> = {
  boolean: (v) => v.toLowerCase() === 'true',
  int: (v) => +v, long: (v) => +v, float: (v) => +v, double: (v) => +v,
  string: (v) => v,
};

interface Key { name: string; cast: (v: string) => Value }
/** A graph, node or edge element while it is read: its <data> as (key, text) pairs. */
interface Owner { domain: Domain; depth: number; item: ForeignNode | ForeignEdge | null; data: [string, string][] }



/** Reads a GraphML file into a checked graph. */
export function readGraphml(text: string, problems: ProblemList, warnings: ProblemList): ForeignGraph | null {
  const excess = beyondLimit(text, 'key', LIMITS.attributes * 3);
  if (excess >= 0) {
    problems.add(`more than ${LIMITS.attributes * 3} <key> declarations: expected at most ${LIMITS.attributes} per kind of element`, { line: lineAt(text, excess), where: '<key>' });
    return null;
  }
  if (!refuseDoctype(text, problems)) return null;

  const stream = new XmlStream(problems);
  const parser = stream.parser;
  const models: Record<Domain, Map<string, Key>> = { graph: new Map(), node: new Map(), edge: new Map() };
  const defaults: Record<Domain, Map<string, string>> = { graph: new Map(), node: new Map(), edge: new Map() };
  const declaredIds = new Set<string>();
  const nodes: ForeignNode[] = [];
  const edges: ForeignEdge[] = [];
  const owners: Owner[] = [];
  const all: Owner[] = [];
  const stack: string[] = [];
  let root: Place | null = null;
  let graphOwner: Owner | null = null;
  /** The first graph's leading <data> children only (graphology-graphml stops at its first other child). */
  let graphDataOpen = true;
  let graphId: string | undefined;
  let edgedefault = 'undirected';
  let keyCount = 0;
  let undeclared = 0;
  let pendingKey: { domains: Domain[]; name: string; type: string } | null = null;
  const placeOf = (name: string, label = ''): Place => stream.place(name, label);
  const dataOf: { key: string; owner: Owner }[] = [];

  parser.on('opentag', (tag) => {
    const name = localOf(tag.name);
    const attrs = tag.attributes as Attrs;
    const depth = stack.length;
    stack.push(name);
    if (depth === 0) {
      root = stream.root(tag, 'graphml');
      return;
    }
    const owner = owners.length ? owners[owners.length - 1] : null;
    // A child of the first graph other than <data> ends its graph-level data.
    if (graphOwner && owner === graphOwner && depth === graphOwner.depth + 1 && name !== 'data') graphDataOpen = false;
    switch (name) {
      case 'key': {
        keyCount++;
        const place = placeOf(tag.name);
        const id = attrs.id;
        const keyName = attrs['attr.name'];
        const type = attrs['attr.type'];
        if (!id) problems.add('a <key> without an id: expected id="…"', place);
        else declaredIds.add(id);
        for (const n of [id, keyName]) if (n && RESERVED_NAMES.has(n)) problems.add(`key ${shown(n)} is a name JavaScript objects already have: expected another name`, place);
        if (type !== undefined && !TYPES.has(type)) problems.add(`attr.type = ${shown(type)}: expected one of ${[...TYPES].join(', ')}`, place);
        const target = attrs.for || 'node';
        const domains: Domain[] = target === 'all' ? ['graph', 'node', 'edge'] : target === 'graph' || target === 'node' || target === 'edge' ? [target] : [];
        const key: Key = { name: keyName ?? id ?? '', cast: CASTS[type ?? 'string'] ?? CASTS.string };
        for (const d of domains) models[d].set(id ?? '', key);
        pendingKey = tag.isSelfClosing ? null : { domains, name: key.name, type: type ?? 'string' };
        return;
      }
      case 'default':
        if (pendingKey && !stream.capturing) {
          const { domains, name: keyName } = pendingKey;
          stream.gather(depth, (value) => { for (const d of domains) if (!defaults[d].has(keyName)) defaults[d].set(keyName, value); });
        }
        return;
      case 'graph':
        if (!graphOwner) {
          graphOwner = { domain: 'graph', depth, item: null, data: [] };
          owners.push(graphOwner);
          if (attrs.id) graphId = attrs.id;
          edgedefault = attrs.edgedefault || 'undirected';
        }
        return;
      case 'node': {
        const id = attrs.id ?? '';
        const node: ForeignNode = { id, attributes: new Map(), place: placeOf(tag.name, id ? ` id=${shown(id)}` : '') };
        nodes.push(node);
        const o: Owner = { domain: 'node', depth, item: node, data: [] };
        owners.push(o);
        all.push(o);
        return;
      }
      case 'edge': {
        const id = attrs.id;
        const directed = (attrs.directed ?? (edgedefault === 'directed' ? 'true' : 'false')) === 'true';
        const edge: ForeignEdge = { id, source: attrs.source ?? '', target: attrs.target ?? '', directed, attributes: new Map(), place: placeOf(tag.name, id ? ` id=${shown(id)}` : '') };
        edges.push(edge);
        const o: Owner = { domain: 'edge', depth, item: edge, data: [] };
        owners.push(o);
        all.push(o);
        return;
      }
      case 'data': {
        const key = attrs.key;
        const place = placeOf(tag.name);
        if (key === undefined) { problems.add('a <data> without a key: expected key="…"', place); return; }
        if (RESERVED_NAMES.has(key)) { problems.add(`data key ${shown(key)} is a name JavaScript objects already have: expected another key`, place); return; }
        dataOf.push({ key, owner: owner! });
        if (!owner || stream.capturing) return;
        if (owner === graphOwner && !graphDataOpen) return;
        const target = owner;
        const pair: [string, string] = [key, ''];
        target.data.push(pair);
        stream.gather(depth, (value) => { pair[1] = value; });
        return;
      }
    }
  });
  parser.on('closetag', () => {
    const depth = stack.length - 1;
    const name = stack.pop()!;
    stream.closed(depth);
    if (name === 'key') pendingKey = null;
    else if ((name === 'node' || name === 'edge' || name === 'graph') && owners.length && owners[owners.length - 1].depth === depth) owners.pop();
  });

  if (!stream.run(text, problems)) return null;
  if (!root) { problems.add('not well-formed XML: no root element'); return null; }
  if (!graphOwner) { problems.add('no <graph> element: expected <graphml><graph>…</graph></graphml>', root); return null; }
  if (keyCount > LIMITS.attributes * 3) {
    problems.add(`${keyCount} <key> declarations: expected at most ${LIMITS.attributes * 3} (${LIMITS.attributes} per kind of element)`, root);
    return null;
  }
  for (const { key } of dataOf) if (!declaredIds.has(key)) undeclared++;
  if (undeclared) warnings.add(`${undeclared} <data> element${undeclared === 1 ? ' uses' : 's use'} a key no <key> declares: kept as text`);
  if (problems.size > 0) return null;

  /** What graphology-graphml's collectAttributes and DEFAULT_FORMATTER give an element. */
  const attributesOf = (owner: Owner): Map<string, Value> => {
    const model = models[owner.domain];
    const out = new Map<string, Value>();
    for (const [key, raw] of owner.data) {
      const spec = model.get(key);
      if (spec) out.set(spec.name, spec.cast(raw));
      else out.set(key, raw);
    }
    for (const [key, value] of defaults[owner.domain]) if (!out.has(key)) out.set(key, value);
    const [r, g, b] = [out.get('r'), out.get('g'), out.get('b')];
    if (typeof r === 'number' && typeof g === 'number' && typeof b === 'number') {
      const hex = (v: number) => `0${(v | 0).toString(16)}`.slice(-2);
      out.delete('r'); out.delete('g'); out.delete('b');
      out.set('color', `#${hex(r)}${hex(g)}${hex(b)}`);
    }
    for (const [key, value] of out) if (typeof value === 'number' && !Number.isFinite(value)) out.set(key, null);
    return out;
  };
  const graph: ForeignGraph = { format: 'graphml', attributes: new Map(), nodes, edges };
  if (graphId) graph.attributes.set('id', graphId);
  for (const [key, value] of attributesOf(graphOwner)) graph.attributes.set(key, value);
  for (const owner of all) {
    for (const [key, value] of attributesOf(owner)) owner.item!.attributes.set(key, value);
  }
  const title = graph.attributes.get('title') ?? graph.attributes.get('name') ?? graph.attributes.get('id');
  if (typeof title === 'string' && title.trim()) graph.title = title.trim().slice(0, 200);
  liftKnownAttributes(graph, warnings);
  checkGraph(graph, problems, warnings);
  return problems.size > 0 ? null : graph;
}
