// The two files the app loads: the first-frame graph (what sigma needs to draw, filter and
// search) and the texts (bios, evidence, bibliography) that load after the first draw.
// Splitting and joining are pure and lossless: join(split(atlas)) equals the compiled atlas.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes } from './build-graph';
import { formerIdIndex, type FormerIds } from './former-ids';
import type { AtlasNodeAttributes, Graph, GraphEdgeAttributes, GraphNodeAttributes, SerializedAtlas } from './graph-type';
import type { Citation, DatedName, Evidence, NodeYears, RelationYears, Source } from './types';
import { RELATIONS, type Confidence, type Country, type Current, type NodeKind, type Relation } from './vocabulary';

export const GRAPH_FORMAT = 'influence-atlas/graph@3';
export const TEXTS_FORMAT = 'influence-atlas/texts@1';

/**
 * One node of the first-frame file, as a row: key, label, kind, x, y, degree, pagerank, betweenness,
 * community, years, currents, aliases, its radius by each metric (degree, pagerank, betweenness), and
 * its dated names only when it has some (most nodes kept one name, and the row stays short).
 */
export type NodeRow = [string, string, NodeKind, number, number, number, number, number, number, NodeYears, Current[], string[], [number, number, number]]
  | [string, string, NodeKind, number, number, number, number, number, number, NodeYears, Current[], string[], [number, number, number], DatedName[]];
/**
 * One relation as a row: source index, target index, relation, confidence, years, and the key
 * only when it is not the usual `source--relation--target` (so keys are not written twice).
 */
export type EdgeRow = [number, number, Relation, Confidence, RelationYears] | [number, number, Relation, Confidence, RelationYears, string];

/** `generated/graph.json`: everything the first frame draws, filters and searches. */
export interface GraphFile {
  format: typeof GRAPH_FORMAT;
  title: string;
  version: string;
  nodes: NodeRow[];
  edges: EdgeRow[];
  /** Former relation ids → current ones (written only when a relation has one). */
  formerIds?: FormerIds;
}

/** The texts of one node, shown in its panel and in exports. */
export interface NodeTexts {
  countries: Country[];
  bio: string;
  bioSources: Citation[];
}

/** `generated/texts.json`: bios, evidence and the bibliography, loaded after the first draw. */
export interface TextsFile {
  format: typeof TEXTS_FORMAT;
  version: string;
  nodes: Record<string, NodeTexts>;
  evidence: Record<string, Evidence[]>;
  sources: Source[];
}

/** The key a relation gets when nothing else is said. */
export function defaultEdgeKey(source: string, relation: string, target: string): string {
  return `${source}--${relation}--${target}`;
}

/** Splits a compiled atlas into the first-frame graph file and the texts file. */
export function splitAtlas(atlas: SerializedAtlas): { graph: GraphFile; texts: TextsFile } {
  const index = new Map<string, number>();
  const nodes: NodeRow[] = [];
  const nodeTexts: Record<string, NodeTexts> = Object.create(null);
  atlas.nodes.forEach((node, i) => {
    const a = node.attributes!;
    index.set(node.key, i);
    const row: NodeRow = [node.key, a.label, a.kind, a.x, a.y, a.degree, a.pagerank, a.betweenness, a.community, a.years, a.currents, a.aliases, a.radii];
    nodes.push(a.names?.length ? [...row, a.names] as NodeRow : row);
    nodeTexts[node.key] = { countries: a.countries, bio: a.bio, bioSources: a.bioSources };
  });
  const edges: EdgeRow[] = [];
  const evidence: Record<string, Evidence[]> = Object.create(null);
  for (const edge of atlas.edges) {
    const a = edge.attributes!;
    const key = edge.key!;
    const row: EdgeRow = [index.get(edge.source)!, index.get(edge.target)!, a.relation, a.confidence, a.years];
    edges.push(key === defaultEdgeKey(edge.source, a.relation, edge.target) ? row : [...row, key]);
    evidence[key] = a.evidence;
  }
  const attributes = atlas.attributes!;
  const formerIds = formerIdIndex(atlas.edges.map((e) => ({ id: e.key!, formerIds: e.attributes!.formerIds })));
  return {
    graph: {
      format: GRAPH_FORMAT, title: attributes.title, version: attributes.version, nodes, edges,
      ...(Object.keys(formerIds).length > 0 ? { formerIds } : {}),
    },
    texts: { format: TEXTS_FORMAT, version: attributes.version, nodes: nodeTexts, evidence, sources: attributes.sources },
  };
}

/** Builds the graph the app draws from a first-frame file. */
export function decodeGraph(file: GraphFile): Graph {
  if (file?.format !== GRAPH_FORMAT) throw new Error(`model/atlas-files: expected a ${GRAPH_FORMAT} file`);
  const graph: Graph = new MultiDirectedGraph({ allowSelfLoops: false });
  const formerIds: Record<string, string> = Object.assign(Object.create(null), file.formerIds);
  graph.replaceAttributes({ title: file.title, version: file.version, formerIds });
  for (const [key, label, kind, x, y, degree, pagerank, betweenness, community, years, currents, aliases, radii, names] of file.nodes) {
    const attributes: GraphNodeAttributes = { label, kind, x, y, degree, pagerank, betweenness, community, years, currents, aliases, radii };
    if (names?.length) attributes.names = names;
    graph.addNode(key, attributes);
  }
  const keys = file.nodes.map((row) => row[0]);
  for (const row of file.edges) {
    const [s, t, relation, confidence, years] = row;
    const source = keys[s];
    const target = keys[t];
    const attributes: GraphEdgeAttributes = { relation, directed: RELATIONS[relation].directed, years, confidence };
    graph.addDirectedEdgeWithKey(row[5] ?? defaultEdgeKey(source, relation, target), source, target, attributes);
  }
  return graph;
}

/**
 * The full dataset again, in graphology's serialized format with every attribute (the shape of
 * `npm run data:json`, plus the build's positions and metrics): what "Graphology JSON" downloads (cut to the
 * exported nodes and relations by export/data-export.ts).
 */
export function joinAtlas(graph: Graph, texts: TextsFile): SerializedAtlas {
  const exported = graph.export();
  const formerOf = new Map<string, string[]>();
  for (const [former, now] of Object.entries(graph.getAttribute('formerIds') ?? {})) formerOf.set(now, [...(formerOf.get(now) ?? []), former]);
  return {
    options: exported.options,
    attributes: { title: graph.getAttribute('title'), version: graph.getAttribute('version'), sources: texts.sources },
    nodes: exported.nodes.map(({ key, attributes }) => {
      const a = attributes!;
      const t = texts.nodes[key];
      return {
        key,
        attributes: {
          label: a.label, kind: a.kind, aliases: a.aliases, years: a.years, countries: t?.countries ?? [],
          currents: a.currents, bio: t?.bio ?? '', bioSources: t?.bioSources ?? [], ...(a.names ? { names: a.names } : {}),
          x: a.x, y: a.y, degree: a.degree, pagerank: a.pagerank, betweenness: a.betweenness, community: a.community, radii: a.radii,
        } as AtlasNodeAttributes,
      };
    }),
    edges: exported.edges.map(({ key, source, target, attributes }) => {
      const a = attributes!;
      return {
        key, source, target,
        attributes: {
          relation: a.relation, directed: a.directed, years: a.years, confidence: a.confidence, evidence: texts.evidence[key!] ?? [],
          ...(formerOf.has(key!) ? { formerIds: formerOf.get(key!) } : {}),
        } as EdgeAttributes,
      };
    }),
  };
}
