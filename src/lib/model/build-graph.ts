// Builds the graphology graph from a validated dataset. Pure: same dataset, same graph.
import { MultiDirectedGraph } from 'graphology';
import type { AtlasNode, AtlasRelation, Dataset, DatedName, Source } from './types';
import { RELATIONS } from './vocabulary';

/** Node attributes in the graph and in `npm run data:json` (a public interface: keep stable). */
export interface NodeAttributes {
  label: string;
  kind: AtlasNode['kind'];
  aliases: string[];
  years: AtlasNode['years'];
  countries: AtlasNode['countries'];
  currents: AtlasNode['currents'];
  bio: string;
  bioSources: AtlasNode['bioSources'];
  /** The names it bore over time; absent when it kept one (query/names.ts reads them). */
  names?: DatedName[];
}

/** Edge attributes in the graph and in `npm run data:json`. */
export interface EdgeAttributes {
  relation: AtlasRelation['relation'];
  directed: boolean;
  years: AtlasRelation['years'];
  confidence: AtlasRelation['confidence'];
  evidence: AtlasRelation['evidence'];
  /** The ids the relation was published under before (present only when it has some). */
  formerIds?: string[];
}

export interface GraphAttributes {
  title: string;
  version: string;
  sources: Source[];
}

export type AtlasGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const DATASET_TITLE = 'Influence Atlas: the anti-Stalinist left';
/** The title of a dataset a user opened in the app (the files carry none). */
export const IMPORTED_TITLE = 'Influence Atlas: your dataset';

/**
 * Undirected relations (allied_with, married_to…) are stored source→target with
 * `directed: false`, so one multi-directed graph holds everything and metrics stay simple.
 */
export function buildGraph(dataset: Dataset, version: string, title: string = DATASET_TITLE): AtlasGraph {
  const graph: AtlasGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ title, version, sources: dataset.sources });
  for (const node of dataset.nodes) {
    graph.addNode(node.id, {
      label: node.label,
      kind: node.kind,
      aliases: node.aliases,
      years: node.years,
      countries: node.countries,
      currents: node.currents,
      bio: node.bio,
      bioSources: node.bioSources,
      ...(node.names ? { names: node.names } : {}),
    });
  }
  for (const rel of dataset.relations) {
    graph.addDirectedEdgeWithKey(rel.id, rel.source, rel.target, {
      relation: rel.relation,
      directed: RELATIONS[rel.relation].directed,
      years: rel.years,
      confidence: rel.confidence,
      evidence: rel.evidence,
      ...(rel.formerIds ? { formerIds: rel.formerIds } : {}),
    });
  }
  return graph;
}
