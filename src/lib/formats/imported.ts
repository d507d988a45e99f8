// An opened graph as the import worker sends it to the page: structure, positions and metrics in
// typed arrays (transferred, not copied), labels and keys as string arrays, and the other attributes
// of nodes and relations as small objects only where the file has any. `decodeImported` builds the
// graph the app draws from it, yielding to the page between slices so no task runs long.
import { MultiDirectedGraph } from 'graphology';
import type { TextsFile } from '../model/atlas-files';
import type { DataBag, GraphVocabulary } from '../model/graph-vocabulary';
import type { Graph, GraphEdgeAttributes, GraphNodeAttributes } from '../model/graph-type';
import type { RelationYears } from '../model/types';
import { CONFIDENCE_LEVELS } from '../model/vocabulary';
import type { FormatName } from './foreign';

/** A year value meaning "none" in the typed year columns. */
export const NO_YEAR = -2147483648;

export interface ImportedAtlas {
  title: string;
  version: string;
  format: FormatName;
  vocabulary: GraphVocabulary;
  keys: string[];
  labels: string[];
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
  nodeColors: (string | null)[] | null;
  /** Aliases and currents, only for graphs in the app's own vocabulary. */
  aliases: string[][] | null;
  currents: string[][] | null;
  nodeData: (DataBag | null)[] | null;
  edgeSource: Uint32Array;
  edgeTarget: Uint32Array;
  /** The file's edge ids (null where it gave none). */
  edgeKeys: (string | null)[];
  /** Index into vocabulary.relations. */
  edgeRelation: Uint16Array;
  edgeDirected: Uint8Array;
  edgeStart: Int32Array;
  edgeEnd: Int32Array;
  /** 0: none; 1, 2, 3: certain, likely, possible. */
  edgeConfidence: Uint8Array;
  edgeColors: (string | null)[] | null;
  edgeData: (DataBag | null)[] | null;
  /** Bios and evidence when the file has them (the app's own format), else null. */
  texts: TextsFile | null;
  /** How the layout was made: kept from the file, or computed here (iterations and quality). */
  layout: { computed: false } | { computed: true; iterations: number; quality: number; stopped: boolean };
}

/** The typed arrays of an atlas, to hand to postMessage as transferables. */
export function transferables(atlas: ImportedAtlas): ArrayBuffer[] {
  return [atlas.kinds, atlas.xy, atlas.radii, atlas.degree, atlas.pagerank, atlas.betweenness, atlas.community, atlas.nodeStart,
    atlas.nodeEnd, atlas.edgeSource, atlas.edgeTarget, atlas.edgeRelation, atlas.edgeDirected, atlas.edgeStart, atlas.edgeEnd,
    atlas.edgeConfidence].map((a) => a.buffer as ArrayBuffer);
}

const year = (v: number) => (v === NO_YEAR ? undefined : { year: v });

/** How many nodes or edges are added before the page gets a turn. */
const SLICE = 20_000;
/** Resolves in a later task: the page gets a turn (to paint, to answer input) in between. */
export const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Builds the app's graph from an opened atlas, a slice at a time. */
export async function decodeImported(atlas: ImportedAtlas, file: string): Promise<Graph> {
  const graph: Graph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ title: atlas.title, version: atlas.version, vocabulary: atlas.vocabulary, file });
  const { keys, vocabulary } = atlas;
  for (let i = 0; i < keys.length; i++) {
    if (i > 0 && i % SLICE === 0) await turn();
    const start = atlas.nodeStart[i];
    const end = atlas.nodeEnd[i];
    const attributes: GraphNodeAttributes = {
      label: atlas.labels[i], kind: vocabulary.kinds[atlas.kinds[i]]?.key ?? '', x: atlas.xy[2 * i], y: atlas.xy[2 * i + 1],
      degree: atlas.degree[i], pagerank: atlas.pagerank[i], betweenness: atlas.betweenness[i], community: atlas.community[i],
      years: start === NO_YEAR ? undefined : { start: { year: start }, ...(end === NO_YEAR ? {} : { end: { year: end } }) },
      currents: atlas.currents?.[i] ?? [], aliases: atlas.aliases?.[i] ?? [],
      radii: [atlas.radii[3 * i], atlas.radii[3 * i + 1], atlas.radii[3 * i + 2]],
    };
    const color = atlas.nodeColors?.[i];
    if (color) attributes.color = color;
    const data = atlas.nodeData?.[i];
    if (data) attributes.data = data;
    graph.addNode(keys[i], attributes);
  }
  for (let e = 0; e < atlas.edgeSource.length; e++) {
    if (e > 0 && e % SLICE === 0) await turn();
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
    const color = atlas.edgeColors?.[e];
    if (color) attributes.color = color;
    const data = atlas.edgeData?.[e];
    if (data) attributes.data = data;
    const key = atlas.edgeKeys[e] ?? `${source}--${relation}--${target}`;
    graph.addDirectedEdgeWithKey(graph.hasEdge(key) ? `${key}#${e}` : key, source, target, attributes);
  }
  return graph;
}
