// Reads what sigma is drawing right now into a plain ViewSnapshot that compose.ts turns into a
// picture: positions in stage pixels, colours, rings, fading and sizes from sigma's display data.
import type Sigma from 'sigma';
import type { MetricKey } from '../analysis/metric-keys';
import type { PlacedEdgeLabel } from '../render/label-layer';
import type { PlacedLabel } from '../render/label-placement';
import type { Region } from '../render/region-geometry';
import type { ViewEdge, ViewNode, ViewSnapshot } from './compose';

interface NodeData {
  x: number; y: number; size: number; color: string; hidden?: boolean; label?: string | null; zIndex?: number;
  highlighted?: boolean; forceLabel?: boolean; outerSize?: number; outerColor?: string; innerSize?: number; innerColor?: string;
}
interface EdgeData { color: string; size: number; hidden?: boolean; zIndex?: number; curvature?: number; arrow?: boolean; label?: string | null }

/** Every node and relation sigma draws (on the stage or off it), with exactly the labels placed on screen. */
export function viewFromRenderer(renderer: Sigma, labels: { nodes: readonly PlacedLabel[]; edges: readonly PlacedEdgeLabel[] }, order: readonly string[],
  metric: MetricKey | null, regions: readonly Region[] = [], sides: ReadonlyMap<string, 'left' | 'right'> | null = null): ViewSnapshot {
  const graph = renderer.getGraph();
  const settings = renderer.getSettings();
  const { width, height } = renderer.getDimensions();
  const nodes: (ViewNode & { at: number })[] = [];
  graph.forEachNode((node, attributes) => {
    const data = renderer.getNodeDisplayData(node) as NodeData | undefined;
    if (!data || data.hidden) return;
    const p = renderer.framedGraphToViewport(data);
    const rings: ViewNode['rings'] = [];
    if (data.outerSize) rings.push({ color: data.outerColor ?? data.color, share: data.outerSize });
    if (data.innerSize) rings.push({ color: data.innerColor ?? data.color, share: data.innerSize });
    const value = metric ? Number(attributes[metric]) : 0;
    nodes.push({
      id: node, at: nodes.length, x: p.x, y: p.y, r: renderer.scaleSize(data.size), color: data.color, rings, z: data.zIndex ?? 0,
      label: typeof data.label === 'string' ? data.label : null, kind: String(attributes.kind),
      highlighted: !!data.highlighted, forceLabel: !!data.forceLabel, metric: Number.isFinite(value) ? value : 0, base: data.size,
      ...(sides?.has(node) ? { side: sides.get(node) } : {}),
    });
  });
  const edges: (ViewEdge & { z: number; at: number })[] = [];
  graph.forEachEdge((edge, attributes, source, target) => {
    const data = renderer.getEdgeDisplayData(edge) as EdgeData | undefined;
    if (!data || data.hidden) return;
    edges.push({
      id: edge, at: edges.length, z: data.zIndex ?? 0, source, target, color: data.color, width: data.size,
      directed: data.arrow === true, curvature: data.curvature ?? 0, relation: String(attributes.relation),
      label: typeof data.label === 'string' ? data.label : null,
    });
  });
  // Draw in sigma's order: by zIndex (faded first, focused last), graph order within a level.
  nodes.sort((a, b) => a.z - b.z || a.at - b.at);
  edges.sort((a, b) => a.z - b.z || a.at - b.at);
  // Regions from graph coordinates to stage pixels: sigma's camera is affine, so three points give it.
  const o = renderer.graphToViewport({ x: 0, y: 0 });
  const ex = renderer.graphToViewport({ x: 1, y: 0 });
  const ey = renderer.graphToViewport({ x: 0, y: 1 });
  const shown = regions.map((region) => ({
    label: region.label, color: region.color,
    rings: region.rings.map((ring) => {
      const out = new Array<number>(ring.length);
      for (let i = 0; i + 1 < ring.length; i += 2) {
        out[i] = o.x + ring[i] * (ex.x - o.x) + ring[i + 1] * (ey.x - o.x);
        out[i + 1] = o.y + ring[i] * (ex.y - o.y) + ring[i + 1] * (ey.y - o.y);
      }
      return out;
    }),
  }));
  return {
    width, height, regions: shown,
    nodes: nodes.map(({ at: _at, ...n }) => n),
    edges: edges.map(({ at: _at, z: _z, ...e }) => e),
    placed: labels.nodes, placedEdges: labels.edges, order, threshold: settings.labelRenderedSizeThreshold,
    font: { family: settings.labelFont, size: settings.labelSize, weight: settings.labelWeight },
    edgeFont: { family: settings.edgeLabelFont, size: settings.edgeLabelSize, weight: settings.edgeLabelWeight },
    metric,
  };
}
