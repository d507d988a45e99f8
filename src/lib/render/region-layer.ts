// Draws regions (currents or communities, region-geometry.ts) on a canvas of their own under
// sigma's edges and nodes, and their names on the label canvas after the node labels, into the
// same placement grid, so that a region's name never covers a node's label or disc. Shapes are
// built once per change of the visible set, as paths in graph coordinates; a frame only sets the
// canvas transform to the camera's and fills them. Loaded on demand (it brings d3-contour).
import type Sigma from 'sigma';
import type { Graph } from '../model/graph-type';
import type { RegionMode } from '../query/url-state';
import type { PlacementGrid } from './label-placement';
import { regionShapes, type Region, type RegionOptions } from './region-geometry';
import { regionGroups, type REGION_LIMITS } from './region-groups';

/** A region's name as drawn: its text box in viewport pixels. */
export interface PlacedRegionLabel {
  region: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const LAYER = 'regions';
/** Alpha of a region's fill and of its outline: light enough that overlaps stay readable. */
const FILL_ALPHA = 0.12;
const OUTLINE_ALPHA = 0.55;
const OUTLINE_WIDTH = 1.5;
const LABEL_SIZE = 11;
/** A region's name is shown when the region is at least this share of the name's width on screen. */
const LABEL_FIT = 0.9;
/** Layout changes (the live layout) reshape the regions at most this often, in ms. */
const RESHAPE_EVERY = 250;

/** A region ready to draw: its shape as a path in graph coordinates, and its colours. */
interface DrawnRegion extends Region {
  path: Path2D;
  fill: string;
  outline: string;
  ink: string;
}

/** Parses '#rrggbb'. */
function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return Number.isFinite(n) ? [(n >> 16) & 255, (n >> 8) & 255, n & 255] : [128, 128, 128];
}

/** A path through the ring's edge midpoints, bent at its vertices: a soft outline, no sharp grid corners. */
function smoothRing(path: Path2D, ring: readonly number[]): void {
  const n = ring.length / 2;
  const mid = (i: number, k: 0 | 1) => (ring[(2 * (i % n)) + k] + ring[(2 * ((i + 1) % n)) + k]) / 2;
  path.moveTo(mid(0, 0), mid(0, 1));
  for (let i = 1; i <= n; i++) path.quadraticCurveTo(ring[2 * (i % n)], ring[2 * (i % n) + 1], mid(i, 0), mid(i, 1));
  path.closePath();
}

/** The regions of one renderer. */
export class RegionLayer {
  private readonly renderer: Sigma;
  private readonly graph: Graph;
  private readonly byImportance: readonly string[];
  private readonly options: Partial<RegionOptions & typeof REGION_LIMITS>;
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private mode: RegionMode = 'none';
  private visible: ReadonlySet<string> = new Set();
  private names: ReadonlyMap<string, string> | null = null;
  private drawn: DrawnRegion[] = [];
  /** The same regions, most members first: the order their names are placed in. */
  private byMembers: DrawnRegion[] = [];
  private readonly widths = new Map<string, number>();
  private stale = false;
  private blank = true;
  private shapedAt = 0;
  /** The regions' names drawn in the last frame. */
  placed: PlacedRegionLabel[] = [];

  constructor(renderer: Sigma, graph: Graph, byImportance: readonly string[], options: Partial<RegionOptions & typeof REGION_LIMITS> = {}) {
    this.renderer = renderer;
    this.graph = graph;
    this.byImportance = byImportance;
    this.options = options;
    // Under the edges: regions are the ground the network is drawn on.
    this.canvas = renderer.createCanvas(LAYER, { beforeLayer: 'edges' });
    this.context = this.canvas.getContext('2d')!;
    this.fitCanvas();
    renderer.on('resize', this.fitCanvas);
    renderer.on('afterRender', this.draw);
    graph.on('nodeAttributesUpdated', this.moved);
    graph.on('eachNodeAttributesUpdated', this.moved);
  }

  /** Sizes the canvas's pixels to the stage (sigma sizes only the canvases it draws on itself). */
  private readonly fitCanvas = (): void => {
    const { width, height } = this.renderer.getDimensions();
    const ratio = this.renderer.getRenderParams().pixelRatio || 1;
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    this.canvas.width = Math.round(width * ratio);
    this.canvas.height = Math.round(height * ratio);
    this.blank = true; // resizing a canvas empties it
  };

  private readonly moved = (): void => {
    if (this.mode !== 'none') this.stale = true;
  };

  /** Shows the regions of a mode among the visible nodes ('none' clears them), communities named by `names` where given. */
  show(mode: RegionMode, visible: ReadonlySet<string>, names: ReadonlyMap<string, string> | null = null): void {
    if (mode === this.mode && visible === this.visible && names === this.names) return;
    this.mode = mode;
    this.visible = visible;
    this.names = names;
    this.reshape();
    this.renderer.scheduleRender();
  }

  /** The regions drawn now (graph coordinates), largest first: what an export would draw. */
  get regions(): readonly Region[] {
    return this.drawn;
  }

  private reshape(): void {
    this.stale = false;
    this.shapedAt = performance.now();
    const groups = regionGroups(this.graph, this.mode, this.visible, this.byImportance, this.options, this.names);
    const graph = this.graph;
    // The span of every node, shown or not, as sigma frames the graph: filtering does not rescale regions.
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    graph.forEachNode((_n, a) => {
      if (a.x < x0) x0 = a.x;
      if (a.x > x1) x1 = a.x;
      if (a.y < y0) y0 = a.y;
      if (a.y > y1) y1 = a.y;
    });
    const span = Math.max(x1 - x0, y1 - y0);
    const shapes = regionShapes(groups, (node) => (graph.hasNode(node) ? graph.getNodeAttributes(node) : null), span, this.options);
    this.drawn = shapes.map((region) => {
      const path = new Path2D();
      for (const ring of region.rings) smoothRing(path, ring);
      const [r, g, b] = rgb(region.color);
      // The name in a darker shade of the region's colour, so that it reads on white.
      const ink = `rgb(${Math.round(r * 0.55)}, ${Math.round(g * 0.55)}, ${Math.round(b * 0.55)})`;
      return { ...region, path, fill: `rgba(${r}, ${g}, ${b}, ${FILL_ALPHA})`, outline: `rgba(${r}, ${g}, ${b}, ${OUTLINE_ALPHA})`, ink };
    });
    this.byMembers = [...this.drawn].sort((a, b) => b.members - a.members);
  }

  /** Graph → viewport for this frame: sigma's camera is affine, so three points give it. */
  private transform(): { a: number; b: number; c: number; d: number; e: number; f: number } {
    const o = this.renderer.graphToViewport({ x: 0, y: 0 });
    const ex = this.renderer.graphToViewport({ x: 1, y: 0 });
    const ey = this.renderer.graphToViewport({ x: 0, y: 1 });
    return { a: ex.x - o.x, b: ex.y - o.y, c: ey.x - o.x, d: ey.y - o.y, e: o.x, f: o.y };
  }

  /** Draws the regions for sigma's frame (on 'afterRender'). */
  readonly draw = (): void => {
    if (this.stale && performance.now() - this.shapedAt >= RESHAPE_EVERY) this.reshape();
    else if (this.stale) this.renderer.scheduleRender(); // come back once the pause is over
    const context = this.context;
    // With nothing to draw, the canvas is cleared once, not on every frame.
    if (this.drawn.length === 0 && this.blank) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, this.canvas.width, this.canvas.height);
    this.blank = this.drawn.length === 0;
    if (this.blank) return;
    const ratio = this.canvas.width / Math.max(1, this.renderer.getDimensions().width);
    const t = this.transform();
    const scale = Math.hypot(t.a, t.b);
    if (!(scale > 0)) return;
    context.setTransform(t.a * ratio, t.b * ratio, t.c * ratio, t.d * ratio, t.e * ratio, t.f * ratio);
    context.lineWidth = OUTLINE_WIDTH / scale;
    context.lineJoin = 'round';
    for (const region of this.drawn) {
      context.fillStyle = region.fill;
      context.fill(region.path, 'evenodd');
    }
    // Outlines after every fill, so that no region's fill dims another's edge.
    for (const region of this.drawn) {
      context.strokeStyle = region.outline;
      context.stroke(region.path);
    }
    context.setTransform(1, 0, 0, 1, 0, 0);
  };

  /**
   * Places and draws the regions' names into this frame's label grid, after the node labels
   * (label-layer.ts calls it), the regions with most members first. Each name takes the first of
   * its anchors (deepest in the region first) clear of every label and disc already placed, else
   * the first clear of labels, passing over discs; a name with no such place is left out (the
   * legend names the colours). It never covers a node's label, and relation labels avoid it.
   */
  readonly drawLabels = (context: CanvasRenderingContext2D, grid: PlacementGrid, viewport: { width: number; height: number }, font: string): void => {
    this.placed = [];
    if (this.drawn.length === 0) return;
    const t = this.transform();
    const scale = Math.hypot(t.a, t.b);
    const height = LABEL_SIZE + 4;
    context.save();
    context.font = `italic 600 ${LABEL_SIZE}px ${font}`;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.lineJoin = 'round';
    context.lineWidth = 3;
    context.strokeStyle = 'rgba(251, 251, 250, 0.92)';
    for (const region of this.byMembers) {
      let width = this.widths.get(region.label);
      if (width === undefined) this.widths.set(region.label, (width = Math.ceil(context.measureText(region.label).width) + 6));
      // A name wider than its region on screen would float over the map, not name a place: zoom in to read it.
      if (region.width * scale < width * LABEL_FIT || region.height * scale < height * 2) continue;
      const owner = `region:${region.key}`;
      const anchors = region.anchors;
      let done = false;
      for (let pass = 0; pass < 2 && !done; pass++) {
        for (let i = 0; i < anchors.length; i += 2) {
          const cx = t.e + anchors[i] * t.a + anchors[i + 1] * t.c;
          const cy = t.f + anchors[i] * t.b + anchors[i + 1] * t.d;
          const x = cx - width / 2, y = cy - height / 2;
          if (x < 2 || y < 2 || x + width > viewport.width - 2 || y + height > viewport.height - 2) continue;
          if (!grid.isFree(owner, x, y, width, height, pass === 1)) continue;
          grid.addBox(owner, x, y, width, height);
          context.fillStyle = region.ink;
          context.strokeText(region.label, cx, cy);
          context.fillText(region.label, cx, cy);
          this.placed.push({ region: region.key, label: region.label, x, y, width, height });
          done = true;
          break;
        }
      }
    }
    context.restore();
  };

  /** Removes the canvas and stops listening. */
  kill(): void {
    this.renderer.off('afterRender', this.draw);
    this.renderer.off('resize', this.fitCanvas);
    this.graph.off('nodeAttributesUpdated', this.moved);
    this.graph.off('eachNodeAttributesUpdated', this.moved);
    // sigma removes its layers itself when it is killed.
    if (this.renderer.getCanvases()[LAYER]) this.renderer.killLayer(LAYER);
    this.drawn = [];
    this.byMembers = [];
    this.placed = [];
  }
}
