// Generated, seeded networks for the scale benchmarks (issue 10): clustered like an influence
// network (most ties inside a circle, a few across), degrees with a heavy tail, labels of varied
// length, years on nodes and relations, and optionally positions laid out by cluster. The same seed
// gives the same graph, so a figure can be reproduced.
import { MultiDirectedGraph } from 'graphology';
import { seededRandom } from '../../src/lib/layout/random';

export interface NetworkOptions {
  nodes: number;
  edges: number;
  seed: number;
  /** Write x / y (clusters on a disc, gaussian inside each); without them the app lays the graph out. */
  positions: boolean;
}

const SYLLABLES = ['ka', 'ro', 'mi', 'ne', 'sa', 'to', 'vel', 'dan', 'lu', 'ber', 'ish', 'or', 'pa', 'zen', 'ti', 'mar', 'go', 'ul', 'fen', 'ra'];
const KINDS = ['person', 'person', 'person', 'organization', 'periodical', 'work', 'event'] as const;
const RELATIONS = ['member_of', 'corresponded_with', 'influenced', 'criticized', 'contributed_to', 'collaborated_with', 'founded', 'opposed'] as const;
const COLOURS: Record<(typeof KINDS)[number], string> = {
  person: '#1f77b4', organization: '#d62728', periodical: '#2ca02c', work: '#9467bd', event: '#ff7f0e',
};

function name(random: () => number): string {
  const word = () => {
    const n = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return w[0].toUpperCase() + w.slice(1);
  };
  return random() < 0.8 ? `${word()} ${word()}` : `${word()} ${word()} ${word()}`;
}

/** A clustered network of `nodes` nodes and `edges` edges, as a graphology graph. */
export function generateNetwork({ nodes, edges, seed, positions }: NetworkOptions): MultiDirectedGraph {
  const random = seededRandom(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const graph = new MultiDirectedGraph();
  const clusters = Math.max(4, Math.round(Math.sqrt(nodes) / 2));
  const members: number[][] = Array.from({ length: clusters }, () => []);
  const clusterOf = new Int32Array(nodes);
  const centres = Array.from({ length: clusters }, (_, c) => {
    const angle = (2 * Math.PI * c) / clusters, radius = 1000 * Math.sqrt(random());
    return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
  });
  const spread = 1000 / Math.sqrt(clusters);
  for (let i = 0; i < nodes; i++) {
    const cluster = Math.floor(random() * clusters);
    members[cluster].push(i);
    clusterOf[i] = cluster;
    const kind = KINDS[Math.floor(random() * KINDS.length)];
    const start = 1880 + Math.floor(random() * 100);
    const attributes: Record<string, unknown> = {
      label: name(random), kind, cluster: `circle ${cluster + 1}`, color: COLOURS[kind],
      start, end: kind === 'work' ? start : start + 1 + Math.floor(random() * 60),
      size: 2 + Math.floor(8 * random() ** 3),
    };
    if (positions) {
      attributes.x = centres[cluster].x + gauss() * spread * 0.3;
      attributes.y = centres[cluster].y + gauss() * spread * 0.3;
    }
    graph.addNode(`n${i}`, attributes);
  }
  // Preferential choice inside a cluster (a few hubs gather many ties); 1 tie in 10 crosses clusters.
  const pick = (list: number[]) => list[Math.floor(list.length * random() ** 2.5)];
  for (let e = 0; e < edges; e++) {
    const source = Math.floor(random() * nodes);
    const home = members[clusterOf[source]];
    let target = random() < 0.9 && home.length > 1 ? pick(home) : Math.floor(random() * nodes);
    if (target === source) target = (source + 1) % nodes;
    const start = 1900 + Math.floor(random() * 80);
    graph.addEdgeWithKey(`e${e}`, `n${source}`, `n${target}`, {
      relation: RELATIONS[Math.floor(random() * RELATIONS.length)], start, end: start + Math.floor(random() * 20),
    });
  }
  return graph;
}
