// Reads what sigma is drawing right now into a plain Scene that svg.ts can write.
import type Sigma from 'sigma';
import type { PlacedLabel } from '../render/label-placement';
import type { Scene, SceneEdge, SceneNode } from './svg';

interface RingData { color: string; outerSize?: number; outerColor?: string; innerSize?: number; innerColor?: string }

/** One scene node/edge per visible node/edge, in viewport pixels, with exactly the labels placed on screen. */
export function sceneFromRenderer(renderer: Sigma, labels: readonly (PlacedLabel & { text?: string })[], options: { background: string | null; caption: string[] }): Scene {
  const graph = renderer.getGraph();
  const { width, height } = renderer.getDimensions();
  const labelled = new Map(labels.map((label) => [label.node, label]));
  const nodes: (SceneNode & { z: number })[] = [];
  const positions = new Map<string, { x: number; y: number; size: number }>();
  graph.forEachNode((node) => {
    const data = renderer.getNodeDisplayData(node) as (ReturnType<Sigma['getNodeDisplayData']> & RingData) | undefined;
    if (!data || data.hidden) return;
    const p = renderer.framedGraphToViewport(data);
    const size = renderer.scaleSize(data.size);
    positions.set(node, { ...p, size });
    const border: { color: string; width: number }[] = [];
    if (data.outerSize) border.push({ color: data.outerColor ?? data.color, width: data.outerSize * size });
    if (data.innerSize) border.push({ color: data.innerColor ?? data.color, width: data.innerSize * size });
    nodes.push({
      id: node, z: data.zIndex ?? 0, x: p.x, y: p.y, size, color: data.color, border,
      // The text as drawn on screen (a name shortened to fit keeps its ellipsis).
      label: labelled.has(node) ? (labelled.get(node)!.text ?? data.label ?? null) : null,
      labelAt: labelled.get(node)?.anchor ?? 'right',
      kind: String(graph.getNodeAttribute(node, 'kind')),
    });
  });
  const edges: (SceneEdge & { z: number })[] = [];
  graph.forEachEdge((edge, _attrs, source, target) => {
    const data = renderer.getEdgeDisplayData(edge) as (ReturnType<Sigma['getEdgeDisplayData']> & { curvature?: number; arrow?: boolean }) | undefined;
    const a = positions.get(source);
    const b = positions.get(target);
    if (!data || data.hidden || !a || !b) return;
    edges.push({
      id: edge, z: data.zIndex ?? 0, x1: a.x, y1: a.y, x2: b.x, y2: b.y, color: data.color, width: Math.max(1, data.size),
      directed: data.arrow === true, curvature: data.curvature ?? 0,
    });
  });
  // Draw in sigma's order: by zIndex (faded first, focused last), graph order within a level.
  return { width, height, background: options.background, nodes: byZIndex(nodes), edges: byZIndex(edges), caption: options.caption };
}

/** A stable sort by zIndex that drops the sort key. */
function byZIndex<T extends { z: number }>(items: T[]): Omit<T, 'z'>[] {
  return items.map((item, i) => ({ item, i })).sort((a, b) => a.item.z - b.item.z || a.i - b.i)
    .map(({ item: { z: _z, ...rest } }) => rest);
}
