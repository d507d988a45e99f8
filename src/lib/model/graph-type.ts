// The graph the app draws: what the first frame needs (see atlas-files.ts). Bios, evidence and
// sources are not on it; they arrive after the first draw as a TextsFile.
import type { MultiDirectedGraph } from 'graphology';
import type { ComputedNodeAttributes } from '../build/compile-atlas';
import type { EdgeAttributes, NodeAttributes } from './build-graph';

export type GraphNodeAttributes = Pick<NodeAttributes, 'label' | 'kind' | 'years' | 'currents' | 'aliases'> & ComputedNodeAttributes;
export type GraphEdgeAttributes = Omit<EdgeAttributes, 'evidence'>;
export interface GraphAttributesOnScreen { title: string; version: string }

export type Graph = MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, GraphAttributesOnScreen>;
