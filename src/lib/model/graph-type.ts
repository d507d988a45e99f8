// The graph type the app works with: the built graph plus the build's computed attributes.
import type { MultiDirectedGraph } from 'graphology';
import type { ComputedNodeAttributes } from '../build/compile-atlas';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from './build-graph';

export type Graph = MultiDirectedGraph<NodeAttributes & ComputedNodeAttributes, EdgeAttributes, GraphAttributes>;
