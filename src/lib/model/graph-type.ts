// The graph the app draws: what the first frame needs (see atlas-files.ts). Bios, evidence and
// sources are not on it; they arrive after the first draw as a TextsFile. A graph a user opened
// (src/lib/formats) has the same shape, with its own kinds and relation types (its `vocabulary`
// graph attribute), optional years and confidence, colours from the file and its other attributes.
import type { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from './build-graph';
import type { FormerIds } from './former-ids';
import type { DataBag, GraphVocabulary } from './graph-vocabulary';
import type { DatedName, NodeYears, RelationYears } from './types';
import type { Confidence } from './vocabulary';

/** Display-independent attributes the build adds to each node. */
export interface ComputedNodeAttributes {
  x: number;
  y: number;
  degree: number;
  pagerank: number;
  betweenness: number;
  community: number;
  /** Radius in pixels at zoom 1 by each metric, in METRIC_KEYS order (layout/node-size.ts's scale). */
  radii: [number, number, number];
}

/** A node of the compiled atlas: the dataset's attributes and the build's. */
export type AtlasNodeAttributes = NodeAttributes & ComputedNodeAttributes;
/** The compiled atlas in graphology's serialized format (what the build and the dataset worker produce). */
export type SerializedAtlas = SerializedGraph<AtlasNodeAttributes, EdgeAttributes, GraphAttributes>;

export interface GraphNodeAttributes extends ComputedNodeAttributes {
  label: string;
  /** A key of the graph's vocabulary's kinds. */
  kind: string;
  /** Absent on opened graphs whose file gives the node no start year. */
  years?: NodeYears;
  currents: string[];
  aliases: string[];
  /** The names it bore over time (bundled dataset only; query/names.ts reads them). */
  names?: DatedName[];
  /** The colour the file gives the node (opened graphs only). */
  color?: string;
  /** The file's other attributes (opened graphs only). */
  data?: DataBag;
}
export interface GraphEdgeAttributes {
  /** A key of the graph's vocabulary's relations. */
  relation: string;
  directed: boolean;
  years: RelationYears;
  /** Absent when the file grades no relation. */
  confidence?: Confidence;
  color?: string;
  data?: DataBag;
}
export interface GraphAttributesOnScreen {
  title: string;
  version: string;
  /** Former relation ids → current ones, so old links still open their relation (model/former-ids.ts). */
  formerIds?: FormerIds;
  /** An opened graph's vocabulary (absent: the bundled one). */
  vocabulary?: GraphVocabulary;
  /** Where an opened graph came from: its URL, or its file name. */
  file?: string;
}

export type Graph = MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, GraphAttributesOnScreen>;
