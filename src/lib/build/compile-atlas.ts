// The build step's pure core: validated dataset → graph → layout and metrics → the JSON the app loads.
import { computeMetrics } from '../analysis/metrics';
import { computeLayout } from '../layout/compute-layout';
import { nodeScale, radiiByMetric } from '../layout/node-size';
import { buildGraph, type AtlasGraph } from '../model/build-graph';
import type { SerializedAtlas } from '../model/graph-type';
import type { Dataset, Problem } from '../model/types';
import { parseDataFiles, type DataFile, type ValidateProgress } from '../model/validate';

export type { AtlasNodeAttributes, ComputedNodeAttributes, SerializedAtlas } from '../model/graph-type';

/** The steps of compiling, in the order they run: the validator's, then metrics, then layout. */
export type CompilePhase = ValidateProgress['phase'] | 'measuring' | 'laying out';

/** How far compiling has got: `done` of `total` steps of `phase` (metrics and layout count as one step). */
export interface CompileProgress {
  phase: CompilePhase;
  done: number;
  total: number;
}

export interface CompileOptions {
  onprogress?: (progress: CompileProgress) => void;
  /** The dataset's title (the bundled atlas's when absent). */
  title?: string;
}

export type CompileResult =
  | { ok: true; graph: AtlasGraph; atlas: SerializedAtlas; dataset: Dataset }
  | { ok: false; problems: Problem[] };

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Validates the files and, when they are clean, builds the serialized atlas (positions and metrics included). */
export function compileAtlas(files: DataFile[], version: string, options: CompileOptions = {}): CompileResult {
  const { onprogress, title } = options;
  const { dataset, problems } = parseDataFiles(files, { onprogress });
  if (problems.length > 0) return { ok: false, problems };
  const graph = buildGraph(dataset, version, title);
  onprogress?.({ phase: 'measuring', done: 0, total: 1 });
  const metrics = computeMetrics(graph);
  onprogress?.({ phase: 'laying out', done: 0, total: 1 });
  // Room for each disc as drawn at zoom 1 (sized by degree, about 1.4 layout units a pixel).
  const maxDegree = Math.max(1, ...Object.values(metrics).map((m) => m.degree));
  const radius = nodeScale(maxDegree);
  const positions = computeLayout(graph, { sizeOf: (n) => 1.4 * radius(metrics[n].degree) });
  const atlas = graph.export() as unknown as SerializedAtlas;
  const columns = (key: 'degree' | 'pagerank' | 'betweenness') => atlas.nodes.map((node) => metrics[node.key][key]);
  const radii = radiiByMetric({ degree: columns('degree'), pagerank: columns('pagerank'), betweenness: columns('betweenness') });
  atlas.nodes.forEach((node, i) => {
    const m = metrics[node.key];
    const p = positions[node.key];
    Object.assign(node.attributes!, {
      x: round(p.x, 2),
      y: round(p.y, 2),
      degree: m.degree,
      pagerank: round(m.pagerank, 6),
      betweenness: round(m.betweenness, 6),
      community: m.community,
      radii: [radii.degree[i], radii.pagerank[i], radii.betweenness[i]],
    });
  });
  onprogress?.({ phase: 'laying out', done: 1, total: 1 });
  return { ok: true, graph, atlas, dataset };
}
