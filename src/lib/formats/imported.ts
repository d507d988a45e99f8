// An opened graph as the import worker sends it to the page: structure, positions and metrics in
// typed arrays (transferred, not copied), labels and keys as string arrays, and the other attributes
// of nodes and relations as small objects only where the file has any. `decodeImported` builds the
// graph the app draws from it, yielding to the page between slices so no task runs long.
import { MultiDirectedGraph } from 'graphology';
import type { TextsFile } from '../model/atlas-files';
import type { DataBag, DataValue, GraphVocabulary } from '../model/graph-vocabulary';
import type { Graph, GraphEdgeAttributes, GraphNodeAttributes } from '../model/graph-type';
import type { RelationYears } from '../model/types';
import { sliceClock, turn } from '../model/slices';
import { CONFIDENCE_LEVELS } from '../model/vocabulary';
import type { FormatName } from './foreign';

/** A year value meaning "none" in the typed year columns. */
export const NO_YEAR = -2147483648;

export interface ImportedAtlas {
  title: string;
  version: string;
  format: FormatName;
  vocabulary: GraphVocabulary;
  keys: StringColumn<string>;
  labels: StringColumn<string>;
  /** Index into vocabulary.kinds. */
  kinds: Uint16Array;
  /** x0, y0, x1, y1… */
  xy: Float64Array;
  /** Radius by degree, PageRank, betweenness: three per node. */
  radii: Float32Array;
  degree: Uint32Array;
  pagerank: Float64Array;
  betweenness: Float64Array;
  community: Int32Array;
  nodeStart: Int32Array;
  nodeEnd: Int32Array;
  nodeColors: StringColumn<string | null> | null;
  /** Aliases and currents, only for graphs in the app's own vocabulary. */
  aliases: string[][] | null;
  currents: string[][] | null;
  nodeData: BagColumn | null;
  edgeSource: Uint32Array;
  edgeTarget: Uint32Array;
  /** The file's edge ids (null where it gave none). */
  edgeKeys: StringColumn<string | null>;
  /** Index into vocabulary.relations. */
  edgeRelation: Uint16Array;
  edgeDirected: Uint8Array;
  edgeStart: Int32Array;
  edgeEnd: Int32Array;
  /** 0: none; 1, 2, 3: certain, likely, possible. */
  edgeConfidence: Uint8Array;
  edgeColors: StringColumn<string | null> | null;
  edgeData: BagColumn | null;
  /** Bios and evidence when the file has them (the app's own format), else null. */
  texts: TextsFile | null;
  /** How the layout was made: kept from the file, or computed here (iterations and quality). */
  layout: { computed: false } | { computed: true; iterations: number; quality: number; stopped: boolean };
}

/**
 * A column of strings as one string and the end offset of each (with a mask where one is null): it
 * crosses postMessage as one copy, where an array of 200k keys is 200k strings for the page to
 * rebuild in one task (measured at 50k nodes / 200k relations: 0.2 s, and as much again of garbage
 * collection).
 */
export interface PackedStrings { text: string; ends: Uint32Array; nulls: Uint8Array | null }
export type StringColumn<T extends string | null> = T[] | PackedStrings;

export function packStrings(values: readonly (string | null)[]): PackedStrings {
  const ends = new Uint32Array(values.length);
  let nulls: Uint8Array | null = null;
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null) (nulls ??= new Uint8Array(values.length))[i] = 1;
    else { parts.push(value); at += value.length; }
    ends[i] = at;
  }
  return { text: parts.join(''), ends, nulls };
}

/** The `i`th string of a column (packed or not). */
export function stringAt<T extends string | null>(column: StringColumn<T>, i: number): T {
  if (Array.isArray(column)) return column[i];
  if (column.nulls?.[i]) return null as T;
  return column.text.slice(i === 0 ? 0 : column.ends[i - 1], column.ends[i]) as T;
}

/**
 * Attribute bags as JSON texts in one packed column (parsed one by one while the graph is built, a
 * slice per task), where cloning 200k small objects would be one long task. Bags holding a number
 * JSON cannot write (NaN, Infinity) stay as they are.
 */
export type BagColumn = (DataBag | null)[] | { json: PackedStrings };

function packBags(bags: BagColumn): BagColumn {
  if (!Array.isArray(bags)) return bags;
  const finite = (v: DataValue) => typeof v !== 'number' || Number.isFinite(v);
  if (!bags.every((bag) => !bag || Object.values(bag).every(finite))) return bags;
  return { json: packStrings(bags.map((bag) => (bag ? JSON.stringify(bag) : null))) };
}

/** The `i`th bag of a column (packed or not). */
export function bagAt(column: BagColumn, i: number): DataBag | null {
  if (Array.isArray(column)) return column[i];
  const text = stringAt(column.json, i);
  return text === null ? null : (JSON.parse(text) as DataBag);
}

/** The atlas as the worker posts it: its string columns packed. */
export function packAtlas(atlas: ImportedAtlas): ImportedAtlas {
  const pack = <T extends string | null>(c: StringColumn<T>): PackedStrings => (Array.isArray(c) ? packStrings(c) : c);
  return {
    ...atlas, keys: pack(atlas.keys), labels: pack(atlas.labels), edgeKeys: pack(atlas.edgeKeys),
    nodeColors: atlas.nodeColors && pack(atlas.nodeColors), edgeColors: atlas.edgeColors && pack(atlas.edgeColors),
    nodeData: atlas.nodeData && packBags(atlas.nodeData), edgeData: atlas.edgeData && packBags(atlas.edgeData),
  };
}

/** The typed arrays of an atlas, to hand to postMessage as transferables. */
export function transferables(atlas: ImportedAtlas): ArrayBuffer[] {
  const packed = [atlas.keys, atlas.labels, atlas.edgeKeys, atlas.nodeColors, atlas.edgeColors,
    atlas.nodeData && !Array.isArray(atlas.nodeData) ? atlas.nodeData.json : null, atlas.edgeData && !Array.isArray(atlas.edgeData) ? atlas.edgeData.json : null]
    .flatMap((c) => (c && !Array.isArray(c) ? [c.ends, ...(c.nulls ? [c.nulls] : [])] : []));
  return [atlas.kinds, atlas.xy, atlas.radii, atlas.degree, atlas.pagerank, atlas.betweenness, atlas.community, atlas.nodeStart,
    atlas.nodeEnd, atlas.edgeSource, atlas.edgeTarget, atlas.edgeRelation, atlas.edgeDirected, atlas.edgeStart, atlas.edgeEnd,
    atlas.edgeConfidence, ...packed].map((a) => a.buffer as ArrayBuffer);
}

const year = (v: number) => (v === NO_YEAR ? undefined : { year: v });

/** How long the graph is built before the page gets a turn (ms). */
const SLICE_MS = 40;

/** Builds the app's graph from an opened atlas, a slice at a time. */
export async function decodeImported(atlas: ImportedAtlas, file: string): Promise<Graph> {
  const graph: Graph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ title: atlas.title, version: atlas.version, vocabulary: atlas.vocabulary, file });
  // The reply's arrival (its copy out of the worker) was a task of its own; the build starts in the next.
  await turn();
  const { vocabulary } = atlas;
  const count = atlas.kinds.length;
  const keys = new Array<string>(count);
  for (let i = 0; i < count; i++) keys[i] = stringAt(atlas.keys, i);
  const clock = sliceClock(SLICE_MS);
  for (let i = 0; i < count; i++) {
    if (clock.due(i)) { await turn(); clock.restart(); }
    const start = atlas.nodeStart[i];
    const end = atlas.nodeEnd[i];
    const attributes: GraphNodeAttributes = {
      label: stringAt(atlas.labels, i), kind: vocabulary.kinds[atlas.kinds[i]]?.key ?? '', x: atlas.xy[2 * i], y: atlas.xy[2 * i + 1],
      degree: atlas.degree[i], pagerank: atlas.pagerank[i], betweenness: atlas.betweenness[i], community: atlas.community[i],
      years: start === NO_YEAR ? undefined : { start: { year: start }, ...(end === NO_YEAR ? {} : { end: { year: end } }) },
      currents: atlas.currents?.[i] ?? [], aliases: atlas.aliases?.[i] ?? [],
      radii: [atlas.radii[3 * i], atlas.radii[3 * i + 1], atlas.radii[3 * i + 2]],
    };
    const color = atlas.nodeColors && stringAt(atlas.nodeColors, i);
    if (color) attributes.color = color;
    const data = atlas.nodeData && bagAt(atlas.nodeData, i);
    if (data) attributes.data = data;
    graph.addNode(keys[i], attributes);
  }
  for (let e = 0; e < atlas.edgeSource.length; e++) {
    if (clock.due(e)) { await turn(); clock.restart(); }
    const source = keys[atlas.edgeSource[e]];
    const target = keys[atlas.edgeTarget[e]];
    const relation = vocabulary.relations[atlas.edgeRelation[e]]?.key ?? '';
    const years: RelationYears = {};
    const s = year(atlas.edgeStart[e]);
    const t = year(atlas.edgeEnd[e]);
    if (s) years.start = s;
    if (t) years.end = t;
    const attributes: GraphEdgeAttributes = { relation, directed: atlas.edgeDirected[e] === 1, years };
    const confidence = atlas.edgeConfidence[e];
    if (confidence > 0) attributes.confidence = CONFIDENCE_LEVELS[confidence - 1];
    const color = atlas.edgeColors && stringAt(atlas.edgeColors, e);
    if (color) attributes.color = color;
    const data = atlas.edgeData && bagAt(atlas.edgeData, e);
    if (data) attributes.data = data;
    const key = stringAt(atlas.edgeKeys, e) ?? `${source}--${relation}--${target}`;
    graph.addDirectedEdgeWithKey(graph.hasEdge(key) ? `${key}#${e}` : key, source, target, attributes);
  }
  return graph;
}
