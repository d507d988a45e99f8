// `npm run bench`: the label placement pass on a generated, seeded 10k-node view, in Node. It runs
// what the live label layer (src/lib/render/label-layer.ts) does each frame, minus drawing the text:
// every on-screen disc becomes an obstacle, the nodes whose disc is large enough to carry a name
// (sigma's labelRenderedSizeThreshold, 6 px: the level-of-detail rule) become candidates in order of
// importance, and placeLabels chooses. Two views: the whole graph, and zoomed in 4× on its middle.
import { seededRandom } from '../../src/lib/layout/random';
import { PlacementGrid, placeLabels, type LabelCandidate, type PlacedLabel } from '../../src/lib/render/label-placement';

const VIEW = { width: 1280, height: 800 };
const THRESHOLD = 6;

interface GeneratedNode { x: number; y: number; r: number; width: number; importance: number }

/** A clustered graph's nodes in overview pixels: 50 clusters, degree from a power law. */
function generate(count: number, seed: number): GeneratedNode[] {
  const random = seededRandom(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const centres = Array.from({ length: 50 }, () => ({ x: 80 + random() * (VIEW.width - 160), y: 60 + random() * (VIEW.height - 120) }));
  const nodes = Array.from({ length: count }, () => {
    const c = centres[Math.floor(random() * centres.length)];
    // Degrees with a heavy tail, as in citation and influence networks (most nodes have one or two).
    const degree = Math.floor(1 / Math.max(1e-3, random()) ** 0.8);
    return { x: c.x + gauss() * 40, y: c.y + gauss() * 30, r: 0, width: 7 * (6 + Math.floor(random() * 24)) + 5, importance: degree };
  });
  // Radius as the app sizes by degree: 3 to 16 px on a square-root scale.
  const max = nodes.reduce((m, n) => Math.max(m, n.importance), 1);
  for (const n of nodes) n.r = 3 + 13 * Math.sqrt(n.importance / max);
  return nodes;
}

/** One frame's placement; returns [ms, candidates, placed]. */
function frame(nodes: GeneratedNode[], zoom: number, grid: PlacementGrid, out: PlacedLabel[], candidates: LabelCandidate[]): [number, number, number] {
  const started = performance.now();
  grid.reset(VIEW.width, VIEW.height);
  const cx = VIEW.width / 2, cy = VIEW.height / 2;
  const sizeScale = Math.sqrt(zoom); // sigma's default zoomToSizeRatioFunction
  let count = 0;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    const x = cx + (n.x - cx) * zoom, y = cy + (n.y - cy) * zoom, r = n.r * sizeScale;
    if (x + r < 0 || y + r < 0 || x - r > VIEW.width || y - r > VIEW.height) continue;
    grid.addDisc(String(i), x, y, r);
    if (r < THRESHOLD) continue;
    const c = (candidates[count] ??= { node: '', x: 0, y: 0, r: 0, width: 0, height: 17 });
    c.node = String(i); c.x = x; c.y = y; c.r = r; c.width = n.width;
    count++;
  }
  const placed = placeLabels(grid, candidates, count, VIEW, out);
  return [performance.now() - started, count, placed];
}

/** Median placement time per frame (21 frames after 3 warm-ups) for the overview and a 4× zoom. */
export function labelPlacementAtScale(count = 10_000, seed = 1917) {
  // Nodes in order of importance, as the layer receives them.
  const nodes = generate(count, seed).sort((a, b) => b.importance - a.importance);
  const grid = new PlacementGrid();
  const out: PlacedLabel[] = [];
  const candidates: LabelCandidate[] = [];
  const measure = (zoom: number) => {
    for (let i = 0; i < 3; i++) frame(nodes, zoom, grid, out, candidates);
    const times: number[] = [];
    let last: [number, number, number] = [0, 0, 0];
    for (let i = 0; i < 21; i++) times.push((last = frame(nodes, zoom, grid, out, candidates))[0]);
    times.sort((a, b) => a - b);
    return { median: times[10], candidates: last[1], placed: last[2] };
  };
  return { nodes: count, overview: measure(1), zoomed: measure(4) };
}
