// The graph the app draws: what the first frame needs (see atlas-files.ts). Bios, evidence and
// sources are not on it; they arrive after the first draw as a TextsFile.
import type { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from './build-graph';

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

export type GraphNodeAttributes = Pick<NodeAttributes, 'label' | 'kind' | 'years' | 'currents' | 'aliases' | 'names'> & ComputedNodeAttributes;
export type GraphEdgeAttributes = Omit<EdgeAttributes, 'evidence'>;
export interface GraphAttributesOnScreen { title: string; version: string }

export type Graph = MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, GraphAttributesOnScreen>;
