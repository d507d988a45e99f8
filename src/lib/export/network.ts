// The network a data export writes, in one neutral shape that the GEXF and GraphML writers share:
// nodes and relations with a label, a colour, a size, a position, the years they count in, and
// typed attribute values. The attributes are a registry (NODE_FIELDS, EDGE_FIELDS): adding one
// column here adds it to every format with its declared type.
import { formatDatedNames, formatNodeYears, formatRelationYears } from '../model/describe';
import type { TextsFile } from '../model/atlas-files';
import type { Graph, GraphEdgeAttributes, GraphNodeAttributes } from '../model/graph-type';
import type { DataBag } from '../model/graph-vocabulary';
import type { Evidence, Source } from '../model/types';
import { relationOf, vocabularyOf } from '../model/graph-vocabulary';
import { RELATIONS, type Relation } from '../model/vocabulary';
import { relationInterval } from '../query/filters';
import { paletteOf } from '../render/palette';
import { citeEvidence } from './csv';
import { dataFields } from './data-fields';

/** The types a field declares (GEXF's names; GraphML maps them onto its own). */
export type FieldType = 'string' | 'integer' | 'double' | 'boolean' | 'liststring';
export type FieldValue = string | number | boolean | readonly string[] | null;

/** What a field reads: the element's attributes, its texts (null until they load) and the bibliography. */
interface FieldInput<A, T> { key: string; attrs: A; texts: T | null; sources: ReadonlyMap<string, Source> }

/** One attribute column of the exported nodes or relations. */
export interface Field<A = unknown, T = unknown> {
  id: string;
  type: FieldType;
  value(input: FieldInput<A, T>): FieldValue;
}

type NodeTexts = TextsFile['nodes'][string];

/** The nodes' attribute columns, in file order. */
export const NODE_FIELDS: readonly Field<GraphNodeAttributes, NodeTexts>[] = [
  { id: 'kind', type: 'string', value: ({ attrs }) => attrs.kind },
  { id: 'years', type: 'string', value: ({ attrs }) => formatNodeYears(attrs.years) },
  { id: 'year_start', type: 'integer', value: ({ attrs }) => attrs.years?.start.year ?? null },
  { id: 'year_end', type: 'integer', value: ({ attrs }) => (attrs.years?.end && attrs.years.end !== 'present' ? attrs.years.end.year : null) },
  { id: 'currents', type: 'liststring', value: ({ attrs }) => attrs.currents },
  { id: 'aliases', type: 'liststring', value: ({ attrs }) => attrs.aliases },
  { id: 'countries', type: 'liststring', value: ({ texts }) => texts?.countries ?? null },
  { id: 'bio', type: 'string', value: ({ texts }) => texts?.bio || null },
  { id: 'degree', type: 'integer', value: ({ attrs }) => attrs.degree },
  { id: 'pagerank', type: 'double', value: ({ attrs }) => attrs.pagerank },
  { id: 'betweenness', type: 'double', value: ({ attrs }) => attrs.betweenness },
  { id: 'community', type: 'integer', value: ({ attrs }) => attrs.community },
  // The names it bore over time, with their years (the label is the name the atlas files it under).
  { id: 'names', type: 'string', value: ({ attrs }) => (attrs.names?.length && attrs.years ? formatDatedNames(attrs.names, attrs.years) : null) },
];

/** The relations' attribute columns, in file order. */
export const EDGE_FIELDS: readonly Field<GraphEdgeAttributes, Evidence[]>[] = [
  { id: 'relation', type: 'string', value: ({ attrs }) => attrs.relation },
  { id: 'family', type: 'string', value: ({ attrs }) => (Object.hasOwn(RELATIONS, attrs.relation) ? RELATIONS[attrs.relation as Relation].family : attrs.relation) },
  { id: 'confidence', type: 'string', value: ({ attrs }) => attrs.confidence ?? null },
  { id: 'years', type: 'string', value: ({ attrs }) => formatRelationYears(attrs.years, Object.hasOwn(RELATIONS, attrs.relation) && 'instant' in RELATIONS[attrs.relation as Relation]) || null },
  { id: 'year_start', type: 'integer', value: ({ attrs }) => attrs.years.start?.year ?? null },
  { id: 'year_end', type: 'integer', value: ({ attrs }) => attrs.years.end?.year ?? null },
  { id: 'sources', type: 'liststring', value: ({ texts }) => (texts ? [...new Set(texts.map((e) => e.source))] : null) },
  { id: 'evidence', type: 'string', value: ({ texts, sources }) => (texts?.length ? citeEvidence(texts, sources) : null) },
];

/** A closed span of years; null is an open end. */
export interface Spell { start: number | null; end: number | null }

export interface NetworkNode {
  id: string;
  label: string;
  /** #rrggbb */
  color: string;
  size: number;
  x: number;
  y: number;
  /** The years the node takes part in the exported relations (its own life when it has none). */
  spells: Spell[];
  /** In NODE_FIELDS order. */
  values: FieldValue[];
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  directed: boolean;
  /** The relation in words ("Member of"). */
  label: string;
  /** The relation's key (member_of): GEXF's edge kind. */
  kind: string;
  color: string;
  spells: Spell[];
  /** In EDGE_FIELDS order. */
  values: FieldValue[];
}

export interface Network {
  title: string;
  version: string;
  /** What the file holds: the export caption in one line. */
  description: string;
  nodeFields: readonly Field[];
  edgeFields: readonly Field[];
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface NetworkInput {
  graph: Graph;
  texts: TextsFile | null;
  sources: ReadonlyMap<string, Source>;
  /** Which nodes and relations to write (a relation is written only with both its ends). */
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Radius of each node on screen at zoom 1 (the chosen size metric). */
  sizes: ReadonlyMap<string, number>;
  description: string;
}

const finite = (n: number): number | null => (Number.isFinite(n) ? n : null);

/** Merges spans of whole years that overlap or touch (1936–1937 and 1938 make 1936–1938). */
export function mergeSpells(spans: [number, number][]): Spell[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([start, end]) => ({ start: finite(start), end: finite(end) }));
}

/**
 * The atlas's columns followed by the opened file's own attributes, as fields named as in the file
 * (graphology-gexf, and so Gephi Lite, keys a non-numeric GEXF attribute by its id, not its title).
 */
function withDataFields<A extends { data?: DataBag }, T>(fixed: readonly Field<A, T>[], bags: (DataBag | undefined)[]): Field<A, T>[] {
  const taken = new Set(fixed.map((f) => f.id));
  const extra = dataFields(bags, taken).map((d): Field<A, T> => ({ id: d.name, type: d.type, value: ({ attrs }) => d.value(attrs.data) }));
  return [...fixed, ...extra];
}

/** The network to write: the chosen nodes and relations of the graph, with their texts when loaded. */
export function networkOf(input: NetworkInput): Network {
  const { graph, texts, sources } = input;
  const nodeBags: (DataBag | undefined)[] = [];
  const edgeBags: (DataBag | undefined)[] = [];
  graph.forEachNode((key, attrs) => { if (input.nodes.has(key) && attrs.data) nodeBags.push(attrs.data); });
  graph.forEachEdge((key, attrs, source, target) => { if (attrs.data && input.edges.has(key) && input.nodes.has(source) && input.nodes.has(target)) edgeBags.push(attrs.data); });
  const nodeFields = withDataFields(NODE_FIELDS, nodeBags);
  const edgeFields = withDataFields(EDGE_FIELDS, edgeBags);
  // An opened graph brings its own kinds, relation types and colours (model/graph-vocabulary.ts).
  const vocabulary = vocabularyOf(graph);
  const palette = paletteOf(vocabulary);
  const edges: NetworkEdge[] = [];
  const spansOf = new Map<string, [number, number][]>();
  graph.forEachEdge((key, attrs, source, target) => {
    if (!input.edges.has(key) || !input.nodes.has(source) || !input.nodes.has(target)) return;
    const spec = relationOf(vocabulary, attrs.relation);
    const span = relationInterval(attrs.relation, attrs.years);
    for (const end of [source, target]) {
      const list = spansOf.get(end);
      if (list) list.push(span); else spansOf.set(end, [span]);
    }
    const field = { key, attrs, texts: texts?.evidence[key] ?? null, sources };
    edges.push({
      id: key, source, target, directed: attrs.directed, label: spec.label, kind: attrs.relation,
      color: attrs.color ?? palette.relation(attrs.relation), spells: mergeSpells([span]), values: edgeFields.map((f) => f.value(field)),
    });
  });
  const nodes: NetworkNode[] = [];
  graph.forEachNode((key, attrs) => {
    if (!input.nodes.has(key)) return;
    const years = attrs.years;
    const life: [number, number] = years ? [years.start.year, years.end === 'present' ? Infinity : (years.end ?? years.start).year] : [-Infinity, Infinity];
    const field = { key, attrs, texts: texts?.nodes[key] ?? null, sources };
    nodes.push({
      id: key, label: attrs.label, color: attrs.color ?? palette.kind(attrs.kind).color, size: input.sizes.get(key) ?? 1, x: attrs.x, y: attrs.y,
      spells: mergeSpells(spansOf.get(key) ?? (years ? [life] : [])), values: nodeFields.map((f) => f.value(field)),
    });
  });
  return {
    title: graph.getAttribute('title'), version: graph.getAttribute('version'), description: input.description,
    nodeFields: nodeFields as readonly Field[], edgeFields: edgeFields as readonly Field[], nodes, edges,
  };
}
