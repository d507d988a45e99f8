// Carries Focus out on the renderer: flies a neighbourhood out of the map into the layout of
// layout/focus-layout.ts (framed at zoom 1, so its names fit as the layout planned), and back.
// Where the nodes were is kept by the caller (the graph's workspace), so that a remounted canvas
// still finds the map.
import type Sigma from 'sigma';
import { focusLayout } from '../layout/focus-layout';
import type { Graph } from '../model/graph-type';
import type { LabelLayer } from './label-layer';
import { moveNodes, type Point } from './node-motion';

/** Where Focus found the map: node positions, camera, and the frame sigma fitted the map to. */
export interface FocusHome {
  positions: Map<string, Point>;
  camera: { x: number; y: number; ratio: number; angle: number };
  bbox: { x: [number, number]; y: [number, number] };
}

/** Where the home is kept (the workspace), read and written by Focus. */
export interface FocusHomeStore {
  focusHome: FocusHome | null;
}

/** The part of the stage Focus may fill, and the point its centre goes to. */
export interface FreeArea { width: number; height: number; aim: Point }

const MOTION_MS = 600;

/** Focus on one renderer. */
export class FocusMotion {
  private stop: (() => void) | null = null;

  constructor(private readonly sigma: Sigma, private readonly graph: Graph, private readonly store: FocusHomeStore,
    private readonly labels: () => LabelLayer | null,
    /** A node's name as drawn (the one in force for the time window), so its row is sized for it. */
    private readonly nameOf: (node: string) => string = (node) => graph.getNodeAttribute(node, 'label')) {}

  /** Whether nodes are moving. */
  get moving(): boolean {
    return this.stop !== null;
  }

  /** The map's frame is kept while nodes are away from it (call once the renderer exists). */
  restoreFrame(): void {
    if (this.store.focusHome) this.sigma.setCustomBBox(this.store.focusHome.bbox);
  }

  /**
   * Flies the neighbourhood `rings` around `centre` out into Focus's layout within `area`, walking
   * the relations in `allowed`. Returns the disc radii to draw (smaller ones where rows are tight)
   * and the neighbours left without a row, to be drawn in the background.
   */
  enter(centre: string, rings: ReadonlyMap<string, number>, allowed: ReadonlySet<string>, area: FreeArea,
    sizes: ReadonlyMap<string, number>, byImportance: readonly string[]): { sizes: Map<string, number>; background: Set<string> } {
    const { sigma, graph } = this;
    this.stop?.();
    const camera = sigma.getCamera();
    if (!this.store.focusHome) {
      const positions = new Map<string, Point>();
      graph.forEachNode((node, a) => { positions.set(node, { x: a.x, y: a.y }); });
      this.store.focusHome = { positions, camera: camera.getState(), bbox: sigma.getBBox() };
    }
    const home = this.store.focusHome;
    // The map's frame is kept while nodes move, so that moving them does not rescale the map.
    sigma.setCustomBBox(home.bbox);
    const { width, height, aim } = area;
    const settings = sigma.getSettings();
    const layer = this.labels();
    const layout = focusLayout(graph, centre, rings, (e) => allowed.has(e), {
      width, height, margin: 10, rowHeight: settings.labelSize + 6, byImportance,
      labelWidth: (n) => layer?.labelWidth(this.nameOf(n)) ?? 120,
    });
    // The camera at zoom 1 that shows the centre (where it is on the map) at the aim point; the
    // layout's pixel offsets are read through it into graph coordinates.
    const unit = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    const at = sigma.viewportToFramedGraph(sigma.graphToViewport(home.positions.get(centre)!, { cameraState: unit }), { cameraState: unit });
    const full = sigma.getDimensions();
    const c = sigma.viewportToFramedGraph({ x: full.width - aim.x, y: full.height - aim.y }, { cameraState: { ...at, ratio: 1, angle: 0 } });
    const view = { x: c.x, y: c.y, ratio: 1, angle: 0 };
    const targets = new Map<string, Point>();
    for (const [node, p] of layout.positions) targets.set(node, sigma.viewportToGraph({ x: aim.x + p.x, y: aim.y + p.y }, { cameraState: view }));
    // Nodes a previous focus moved, and not in this one, go home.
    for (const [node, p] of home.positions) {
      if (!targets.has(node) && graph.hasNode(node) && graph.getNodeAttribute(node, 'x') !== p.x) targets.set(node, p);
    }
    layer?.setSides(layout.sides);
    // Farther rings may not fit at zoom 1: zoom out until they do (names keep their size).
    const fit = Math.max(1, (2 * layout.reach.x + 20) / width, (2 * layout.reach.y + 20) / height);
    this.stop = moveNodes(graph, targets, MOTION_MS, () => { this.stop = null; });
    camera.animate({ ...view, ratio: fit > 1.02 ? fit : 1 }, { duration: MOTION_MS });
    const out = new Map(sizes);
    for (const [node, ring] of rings) if (ring > 0) out.set(node, Math.min(sizes.get(node) ?? 3, layout.maxRadius));
    return { sizes: out, background: layout.rowless };
  }

  /** Flies the neighbourhood back into the map and the camera back to where it was. */
  leave(): void {
    const { sigma, graph } = this;
    const home = this.store.focusHome;
    if (!home) return;
    this.stop?.();
    this.labels()?.setSides(null);
    const targets = new Map<string, Point>();
    for (const [node, p] of home.positions) {
      if (!graph.hasNode(node)) continue;
      const a = graph.getNodeAttributes(node);
      if (a.x !== p.x || a.y !== p.y) targets.set(node, p);
    }
    this.stop = moveNodes(graph, targets, MOTION_MS, () => {
      this.stop = null;
      this.store.focusHome = null;
      sigma.setCustomBBox(null);
    });
    sigma.getCamera().animate(home.camera, { duration: MOTION_MS });
  }

  /** Stops any motion where it is (the canvas is going away). */
  dispose(): void {
    this.stop?.();
    this.stop = null;
  }
}
