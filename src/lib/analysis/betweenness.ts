// Betweenness of an undirected, unweighted network (Brandes 2001, J. Math. Sociol. 25:163), on flat
// typed arrays. Exact from every node up to EXACT_LIMIT nodes; above it, estimated from a seeded
// sample of source nodes and scaled up (Brandes & Pich 2007, "Centrality estimation in large
// networks"): 10k nodes take seconds exactly and a fraction of a second sampled, and the leading
// brokers stay the leading brokers. Normalized as graphology-metrics normalizes (÷ (n−1)(n−2)), so
// the exact values are graphology's.
import { seededRandom } from '../layout/random';

/** Networks up to this many nodes get the exact figure. */
export const EXACT_LIMIT = 3000;
/** Source nodes sampled above it. */
export const SAMPLED_SOURCES = 400;

/** Neighbours in compressed rows: node i's neighbours are `neighbours[offsets[i]] … neighbours[offsets[i + 1] - 1]`. */
export interface Adjacency { offsets: Int32Array; neighbours: Int32Array }

/** The adjacency of node indices 0…n−1 from undirected pairs (each pair once; no self-loops). */
export function adjacencyOf(n: number, pairs: readonly (readonly [number, number])[]): Adjacency {
  const degree = new Int32Array(n + 1);
  for (const [a, b] of pairs) { degree[a + 1]++; degree[b + 1]++; }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + degree[i + 1];
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(offsets[n]);
  for (const [a, b] of pairs) { neighbours[fill[a]++] = b; neighbours[fill[b]++] = a; }
  return { offsets, neighbours };
}

export interface Betweenness {
  values: Float64Array;
  /** How many source nodes the figure was estimated from, or null when exact. */
  sampled: number | null;
}

/** Betweenness of every node; `sources` overrides the sample size (the whole network when ≥ n). */
export function betweennessOf(n: number, { offsets, neighbours }: Adjacency, options: { sources?: number; seed?: number } = {}): Betweenness {
  const values = new Float64Array(n);
  if (n <= 2) return { values, sampled: null };
  const k = Math.min(n, options.sources ?? (n <= EXACT_LIMIT ? n : SAMPLED_SOURCES));
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (k < n) {
    // A seeded partial Fisher–Yates shuffle: the first k are the sample.
    const random = seededRandom(options.seed ?? 1917);
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(random() * (n - i));
      const t = order[i]; order[i] = order[j]; order[j] = t;
    }
  }
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  const queue = new Int32Array(n);
  for (let s = 0; s < k; s++) {
    const source = order[s];
    sigma.fill(0); delta.fill(0); distance.fill(-1);
    sigma[source] = 1; distance[source] = 0;
    let head = 0, tail = 0, top = 0;
    queue[tail++] = source;
    while (head < tail) {
      const v = queue[head++];
      stack[top++] = v;
      const next = distance[v] + 1, paths = sigma[v];
      for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
        const w = neighbours[e];
        const d = distance[w];
        if (d < 0) { distance[w] = next; queue[tail++] = w; sigma[w] += paths; }
        else if (d === next) sigma[w] += paths;
      }
    }
    // Back from the farthest: each node's dependency on its successors on shortest paths.
    while (top > 0) {
      const w = stack[--top];
      const previous = distance[w] - 1, share = (1 + delta[w]) / sigma[w];
      for (let e = offsets[w], end = offsets[w + 1]; e < end; e++) {
        const v = neighbours[e];
        if (distance[v] === previous) delta[v] += sigma[v] * share;
      }
      if (w !== source) values[w] += delta[w];
    }
  }
  const scale = (n / k) / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) values[i] *= scale;
  return { values, sampled: k < n ? k : null };
}
