// The graph every format reader produces, before it becomes an atlas: nodes and edges with their
// ids, the few attributes the explorer understands (label, kind, position, colour, years, relation)
// and every other attribute as written. `checkGraph` then finds what no reader can accept (duplicate
// or reserved ids, edges to nothing, coordinates that are not numbers, absurd sizes), each at its place.
import { ProblemList, RESERVED_NAMES, shown } from './problem';
import type { YearSpan } from './years';

/** The formats a user can open. */
export type FormatName = 'gexf' | 'graphml' | 'csv' | 'graphology-json';

/** A value of an attribute as the file gives it. */
export type Value = string | number | boolean | null | readonly unknown[] | { readonly [key: string]: unknown };

/** Where something is in its file. */
export interface Place { line?: number; column?: number; where?: string }

export interface ForeignNode {
  id: string;
  label?: string;
  x?: number;
  y?: number;
  size?: number;
  color?: string;
  years?: YearSpan;
  /** Every other attribute, by name (a Map: names such as `__proto__` stay plain data). */
  attributes: Map<string, Value>;
  place: Place;
}

export interface ForeignEdge {
  id?: string;
  source: string;
  target: string;
  directed: boolean;
  color?: string;
  years?: YearSpan;
  attributes: Map<string, Value>;
  place: Place;
}

export interface ForeignGraph {
  format: FormatName;
  title?: string;
  /** Graph-level attributes (a GEXF's meta, a JSON's `attributes`). */
  attributes: Map<string, Value>;
  nodes: ForeignNode[];
  edges: ForeignEdge[];
}

/** What one import may hold: beyond these a file is refused, so nothing can exhaust the page. */
export const LIMITS = {
  nodes: 250_000,
  edges: 1_000_000,
  /** Distinct attribute names over the nodes, or over the edges. */
  attributes: 500,
  /** Labels longer than this are cut (and the cut is reported). */
  label: 1_000,
  /** Text values longer than this are cut. */
  text: 100_000,
  /** Coordinates beyond ±this are refused: sigma's fitting would lose every other node. */
  coordinate: 1e12,
} as const;

/** A coordinate that can be drawn. */
export const goodCoordinate = (v: number) => Number.isFinite(v) && Math.abs(v) <= LIMITS.coordinate;

function describeNumber(v: number): string {
  return Number.isNaN(v) ? 'NaN' : String(v);
}

/** Cuts over-long text values in place, with one warning per kind of value (its first place and a count). */
function cutLongText(graph: ForeignGraph, warnings: ProblemList): void {
  let labels = 0;
  let texts = 0;
  let firstLabel: Place | undefined;
  let firstText: Place | undefined;
  const cutAttributes = (attributes: Map<string, Value>, place: Place) => {
    for (const [key, value] of attributes) {
      if (typeof value === 'string' && value.length > LIMITS.text) {
        attributes.set(key, `${value.slice(0, LIMITS.text)}…`);
        texts++;
        firstText ??= place;
      }
    }
  };
  for (const node of graph.nodes) {
    if (node.label !== undefined && node.label.length > LIMITS.label) {
      node.label = `${node.label.slice(0, LIMITS.label)}…`;
      labels++;
      firstLabel ??= node.place;
    }
    cutAttributes(node.attributes, node.place);
  }
  for (const edge of graph.edges) cutAttributes(edge.attributes, edge.place);
  if (labels) warnings.add(`${labels} label${labels === 1 ? ' was' : 's were'} longer than ${LIMITS.label} characters and ${labels === 1 ? 'was' : 'were'} cut (first here)`, firstLabel);
  if (texts) warnings.add(`${texts} attribute value${texts === 1 ? ' was' : 's were'} longer than ${LIMITS.text} characters and cut (first here)`, firstText);
}

/**
 * Checks a graph before it becomes an atlas. Problems refuse the file; warnings say what was changed
 * (long text cut, self-loops left out). Self-loops are removed from `graph.edges`.
 */
export function checkGraph(graph: ForeignGraph, problems: ProblemList, warnings: ProblemList): void {
  if (graph.nodes.length === 0) problems.add('the file holds no nodes: expected at least one node');
  if (graph.nodes.length > LIMITS.nodes) problems.add(`${graph.nodes.length} nodes: expected at most ${LIMITS.nodes}`);
  if (graph.edges.length > LIMITS.edges) problems.add(`${graph.edges.length} edges: expected at most ${LIMITS.edges}`);
  if (problems.size > 0 && graph.nodes.length > LIMITS.nodes) return;

  const nodePlace = new Map<string, Place>();
  const nodeNames = new Set<string>();
  for (const node of graph.nodes) {
    const { id, place } = node;
    if (id === '') problems.add('a node without an id: expected a non-empty id', place);
    else if (RESERVED_NAMES.has(id)) problems.add(`node id ${shown(id)} is a name JavaScript objects already have (constructor, __proto__…): expected another id`, place);
    else if (nodePlace.has(id)) {
      const first = nodePlace.get(id)!;
      problems.add(`duplicate node id ${shown(id)}${first.line ? ` (first at line ${first.line})` : ''}: expected each id once`, place);
    } else nodePlace.set(id, place);
    for (const axis of ['x', 'y'] as const) {
      const v = node[axis];
      if (v !== undefined && !goodCoordinate(v)) {
        problems.add(`${axis} = ${describeNumber(v)}: expected a finite number between -${LIMITS.coordinate} and ${LIMITS.coordinate}`, place);
      }
    }
    if (node.size !== undefined && !(Number.isFinite(node.size) && node.size >= 0)) {
      warnings.add(`size = ${describeNumber(node.size)}: expected a number ≥ 0; ignored`, place);
      node.size = undefined;
    }
    for (const key of node.attributes.keys()) nodeNames.add(key);
  }
  const edgeIds = new Map<string, Place>();
  const edgeNames = new Set<string>();
  const kept: ForeignEdge[] = [];
  let loops = 0;
  let firstLoop: Place | undefined;
  for (const edge of graph.edges) {
    const { source, target, place } = edge;
    let bad = false;
    for (const [end, id] of [['source', source], ['target', target]] as const) {
      if (id === '') { problems.add(`an edge without a ${end}: expected a node id`, place); bad = true; }
      else if (!nodePlace.has(id)) { problems.add(`edge ${end} ${shown(id)} is not the id of any node: expected one of the file's node ids`, place); bad = true; }
    }
    if (edge.id !== undefined) {
      if (RESERVED_NAMES.has(edge.id)) { problems.add(`edge id ${shown(edge.id)} is a name JavaScript objects already have: expected another id`, place); bad = true; }
      else if (edgeIds.has(edge.id)) {
        const first = edgeIds.get(edge.id)!;
        problems.add(`duplicate edge id ${shown(edge.id)}${first.line ? ` (first at line ${first.line})` : ''}: expected each id once`, place);
        bad = true;
      } else edgeIds.set(edge.id, place);
    }
    for (const key of edge.attributes.keys()) edgeNames.add(key);
    if (bad) continue;
    if (source === target) { loops++; firstLoop ??= place; continue; }
    kept.push(edge);
  }
  graph.edges = kept;
  for (const [names, what] of [[nodeNames, 'node'], [edgeNames, 'edge']] as const) {
    if (names.size > LIMITS.attributes) problems.add(`${names.size} distinct ${what} attributes: expected at most ${LIMITS.attributes}`);
    else for (const name of names) {
      if (RESERVED_NAMES.has(name)) problems.add(`${what} attribute ${shown(name)} is a name JavaScript objects already have: expected another name`);
      else if (name.length > 200) problems.add(`${what} attribute name of ${name.length} characters: expected at most 200`);
    }
  }
  if (loops) warnings.add(`${loops} edge${loops === 1 ? '' : 's'} from a node to itself left out (the atlas draws none; first here)`, firstLoop);
  cutLongText(graph, warnings);
}
