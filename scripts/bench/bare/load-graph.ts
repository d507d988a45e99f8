// The bare page's only data code: fetch the file the app draws its first frame from, make a graph.
// Which file is decided when the page is built, without editing anything: if the app's build has
// generated/graph.json (build-bare.ts sets __BENCH_GRAPH_JSON__) and src/lib/model/atlas-files.ts
// exports decodeGraph, the page fetches graph.json and decodes it with that function; otherwise it
// fetches generated/atlas.json and imports it into a MultiDirectedGraph, as the app did before.
import Graph, { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';

declare const __BENCH_GRAPH_JSON__: boolean;
type DecoderModule = { decodeGraph?: (json: never) => Graph };
// import.meta.glob matches nothing when the file is missing, so the page builds either way.
const decoders = import.meta.glob<DecoderModule>('../../../src/lib/model/atlas-files.ts', { eager: true });
const decodeGraph = __BENCH_GRAPH_JSON__ ? Object.values(decoders)[0]?.decodeGraph : undefined;

export const GRAPH_URL = decodeGraph ? './generated/graph.json' : './generated/atlas.json';

export async function loadGraph(): Promise<Graph> {
  const response = await fetch(GRAPH_URL);
  if (!response.ok) throw new Error(`${GRAPH_URL}: HTTP ${response.status}`);
  const json: unknown = await response.json();
  if (decodeGraph) return decodeGraph(json as never);
  const graph = new MultiDirectedGraph();
  graph.import(json as SerializedGraph);
  return graph;
}
