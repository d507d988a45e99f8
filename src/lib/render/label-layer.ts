// Draws the labels the placement pass chose, on sigma's label canvas after each render: node
// labels first (none over another, none over another node's disc), then relation labels where
// their text fits along the relation without crossing a node label. sigma's own label drawing is
// switched off (sigma-settings.ts). The selected and hovered nodes' names are placed first and
// drawn in a white box on sigma's hover layer, by `drawHover`, where the pass put them.
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { Graph } from '../model/graph-type';
import { displayReader, viewportAffine, type DisplayReader, type ViewportAffine } from './display-cache';
import { edgeLabelPlace } from './edge-label-place';
import { ANCHORS, OUTWARD_LEFT, OUTWARD_RIGHT, PlacementGrid, placeLabels, shortenToFit, type LabelCandidate, type PlacedLabel } from './label-placement';

/** A relation label as drawn: its centre, angle and text box (before rotation). */
export interface PlacedEdgeLabel {
  edge: string;
  x: number;
  y: number;
  angle: number;
  width: number;
  height: number;
}

const GAP = 3;
/** sigma's hover box: 2 px of padding around the label, 5 px wider than the text (drawDiscNodeHover). */
const HOVER_PADDING = 2;

type NodeData = { x: number; y: number; size: number; label?: string | null; hidden?: boolean; forceLabel?: boolean; highlighted?: boolean; zIndex?: number };

/** The reducers' zIndex for a node faded behind a focus (reducers.ts). */
const FADED_Z = 0;
type EdgeData = { label?: string | null; hidden?: boolean; curvature?: number; size: number };

/** The labels of one renderer. */
/**
 * At most this many labels are tried a frame, in priority order (the selected, hovered and forced
 * ones always): a 1280 × 800 view holds about 700 boxes of 90 × 16 px side by side, and on a dense
 * map of 10k nodes far fewer fit between the discs, so trying thousands more (120 ms a frame there)
 * changes nothing on screen.
 */
export const MAX_CANDIDATES = 700;

export class LabelLayer {
  private readonly renderer: Sigma;
  private readonly graph: Graph;
  /** sigma's display data, read without a copy per node per frame. */
  private readonly display: DisplayReader<NodeData, EdgeData>;
  /** The relations that may carry a label (null: every relation is looked at). */
  private labelledEdges: ReadonlySet<string> | null = null;
  private readonly grid = new PlacementGrid();
  private readonly widths = new Map<string, number>();
  private readonly edgeWidths = new Map<string, number>();
  private order: string[] = [];
  private candidates: LabelCandidate[] = [];
  private pool: PlacedLabel[] = [];
  private placedCount = 0;
  /** The selected and hovered nodes' labels, drawn in a box by drawHover. */
  private readonly boxed = new Map<string, PlacedLabel>();
  /** The relation labels drawn in the last frame. */
  placedEdges: PlacedEdgeLabel[] = [];
  /** Labels placed after the node labels into the same grid (the regions' names, region-layer.ts); null for none. */
  afterNodeLabels: ((context: CanvasRenderingContext2D, grid: PlacementGrid, viewport: { width: number; height: number }, font: string) => void) | null = null;

  constructor(renderer: Sigma, graph: Graph) {
    this.renderer = renderer;
    this.graph = graph;
    this.display = displayReader<NodeData, EdgeData>(renderer);
  }

  /**
   * The relations whose label the reducers may show (a superset: each is still checked), so that a
   * frame does not look at every relation of a large graph; null looks at all of them.
   */
  setLabelledEdges(edges: ReadonlySet<string> | null): void {
    this.labelledEdges = edges;
  }

  /** The nodes in the order their labels are placed: most important first. */
  setOrder(order: string[]): void {
    this.order = order;
  }

  private sides: ReadonlyMap<string, 'left' | 'right'> | null = null;

  /** The side each node's name is written on in Focus (null outside Focus): exports keep it. */
  get focusSides(): ReadonlyMap<string, 'left' | 'right'> | null {
    return this.sides;
  }

  /** The side each node's name should rather be written on (Focus's oval), or null for none. */
  setSides(sides: ReadonlyMap<string, 'left' | 'right'> | null): void {
    this.sides = sides;
  }

  /** A node label's width in pixels, as placed (text and padding). */
  labelWidth(text: string): number {
    const settings = this.renderer.getSettings();
    const context = this.renderer.getCanvases().labels.getContext('2d');
    if (!context) return text.length * settings.labelSize * 0.6;
    context.font = this.font(settings, settings.labelSize);
    return Math.round(this.measure(context, this.widths, text) + 5);
  }

  private font(settings: Settings, size: number): string {
    return `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  }

  private measure(context: CanvasRenderingContext2D, cache: Map<string, number>, text: string): number {
    let width = cache.get(text);
    if (width === undefined) cache.set(text, (width = context.measureText(text).width));
    return width;
  }

  /** How long the last frame's placement and drawing took, in ms (read by `npm run bench`). */
  lastDuration = 0;

  /** Places and draws this frame's labels. */
  draw(): void {
    const started = performance.now();
    this.drawFrame();
    this.lastDuration = performance.now() - started;
  }

  private drawFrame(): void {
    const renderer = this.renderer;
    const settings = renderer.getSettings();
    const canvas = renderer.getCanvases().labels;
    const context = canvas.getContext('2d');
    if (!context) return;
    const { width, height } = renderer.getDimensions();
    const { o, xx, xy, yx, yy } = viewportAffine(renderer);
    const size = settings.labelSize;
    const lineHeight = size + 2 * HOVER_PADDING;
    context.font = this.font(settings, size);

    this.grid.reset(width, height);
    // Every node disc on screen is an obstacle for labels other than its own, except the discs faded
    // behind a focus: they are the background of the nodes being read, and a name may pass over them.
    const display = this.display;
    this.graph.forEachNode((node) => {
      const data = display.node(node);
      if (!data || data.hidden || data.zIndex === FADED_Z) return;
      const r = renderer.scaleSize(data.size);
      const x = o.x + data.x * xx + data.y * yx;
      const y = o.y + data.x * xy + data.y * yy;
      if (x + r < 0 || y + r < 0 || x - r > width || y - r > height) return;
      this.grid.addDisc(node, x, y, r);
    });

    // Candidates in priority order; reused objects, so a frame allocates almost nothing.
    let count = 0;
    for (const node of this.order) {
      const data = display.node(node);
      if (!data || data.hidden || !data.label) continue;
      const r = renderer.scaleSize(data.size);
      const required = !!data.forceLabel || !!data.highlighted;
      if (!required && (r < settings.labelRenderedSizeThreshold || count >= MAX_CANDIDATES)) continue;
      const x = o.x + data.x * xx + data.y * yx;
      const y = o.y + data.x * xy + data.y * yy;
      if (x < -r || y < -r || x > width + r || y > height + r) continue;
      const c = (this.candidates[count] ??= { node: '', x: 0, y: 0, r: 0, width: 0, height: 0 });
      c.node = node;
      c.x = x;
      c.y = y;
      c.r = r;
      c.width = Math.round(this.measure(context, this.widths, data.label) + 5);
      c.height = lineHeight;
      c.required = !!data.highlighted;
      const side = this.sides?.get(node);
      c.anchors = side === 'left' ? OUTWARD_LEFT : side === 'right' ? OUTWARD_RIGHT : ANCHORS;
      c.shorten = side !== undefined;
      count++;
    }
    this.placedCount = placeLabels(this.grid, this.candidates, count, { width, height }, this.pool, GAP);

    context.fillStyle = settings.labelColor.color ?? '#000';
    context.textBaseline = 'alphabetic';
    context.textAlign = 'left';
    // A white halo keeps a label legible over the relations that pass under it; while the camera
    // is animated the halo is left out (it doubles the text's drawing time).
    const halo = !renderer.getCamera().isAnimated();
    context.lineJoin = 'round';
    context.lineWidth = 3;
    context.strokeStyle = 'rgba(251, 251, 250, 0.9)';
    this.boxed.clear();
    for (let i = 0; i < this.placedCount; i++) {
      const label = this.pool[i];
      const data = display.node(label.node)!;
      // The selected and hovered nodes are drawn on the hover layer, in their box (drawHover).
      if (data.highlighted) {
        this.boxed.set(label.node, label);
        continue;
      }
      // Text sits 2.5 px into its box, as in sigma's hover box, on the box's middle line.
      const tx = label.x + 2.5;
      const ty = label.y + label.height / 2 + size / 3;
      const text = label.shortened ? this.shortText(context, data.label!, label.width - 5) : data.label!;
      if (halo) context.strokeText(text, tx, ty);
      context.fillText(text, tx, ty);
    }
    this.afterNodeLabels?.(context, this.grid, { width, height }, settings.labelFont);
    this.placedEdges = this.drawEdgeLabels(context, settings, { o, xx, xy, yx, yy });
  }

  private readonly shortened = new Map<string, string>();

  /** A name cut with an ellipsis to fit `room` pixels (kept per name and room). */
  private shortText(context: CanvasRenderingContext2D, text: string, room: number): string {
    const key = `${Math.floor(room)}\u0000${text}`;
    let short = this.shortened.get(key);
    if (short === undefined) this.shortened.set(key, (short = shortenToFit(text, room, (t) => context.measureText(t).width)));
    return short;
  }

  /** The node labels drawn in the last frame (copies, with the text drawn), the selected and hovered nodes' boxes included. */
  get placed(): (PlacedLabel & { text: string })[] {
    const settings = this.renderer.getSettings();
    const context = this.renderer.getCanvases().labels.getContext('2d');
    if (context) context.font = this.font(settings, settings.labelSize);
    return this.pool.slice(0, this.placedCount).map((label) => {
      const full = (this.renderer.getNodeDisplayData(label.node) as NodeData | undefined)?.label ?? '';
      return { ...label, text: label.shortened && context ? this.shortText(context, full, label.width - 5) : full };
    });
  }

  /**
   * sigma's `defaultDrawNodeHover`: the selected or hovered node's name in a white box, where the
   * placement put it (or to the right when it was not placed, as sigma does).
   */
  readonly drawHover = (context: CanvasRenderingContext2D, data: { key?: string; x: number; y: number; size: number; label?: string | null },
    settings: Settings): void => {
    if (typeof data.label !== 'string') return;
    const size = settings.labelSize;
    context.font = this.font(settings, size);
    const placed = data.key === undefined ? undefined : this.boxed.get(data.key);
    const width = placed?.width ?? Math.round(context.measureText(data.label).width + 5);
    const height = size + 2 * HOVER_PADDING;
    const x = placed?.x ?? data.x + data.size + HOVER_PADDING;
    const y = placed?.y ?? data.y - height / 2;
    context.fillStyle = '#ffffff';
    context.shadowBlur = 8;
    context.shadowColor = 'rgba(0, 0, 0, 0.55)';
    context.fillRect(x, y, width, height);
    context.shadowBlur = 0;
    context.fillStyle = settings.labelColor.color ?? '#000';
    context.textAlign = 'left';
    context.textBaseline = 'alphabetic';
    context.fillText(data.label, x + 2.5, y + height / 2 + size / 3);
  };

  private drawEdgeLabels(context: CanvasRenderingContext2D, settings: Settings,
    t: ViewportAffine): PlacedEdgeLabel[] {
    const renderer = this.renderer;
    const out: PlacedEdgeLabel[] = [];
    const size = settings.edgeLabelSize;
    const height = size + 2;
    context.font = `${settings.edgeLabelWeight} ${size}px ${settings.edgeLabelFont}`;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.lineJoin = 'round';
    context.lineWidth = 3;
    context.strokeStyle = '#ffffff';
    context.fillStyle = settings.edgeLabelColor.color ?? '#444';
    const display = this.display;
    const graph = this.graph;
    const labelEdge = (edge: string, source: string, target: string) => {
      const data = display.edge(edge);
      if (!data || data.hidden || !data.label) return;
      const s = display.node(source);
      const d = display.node(target);
      if (!s || !d || s.hidden || d.hidden) return;
      const x1 = t.o.x + s.x * t.xx + s.y * t.yx, y1 = t.o.y + s.x * t.xy + s.y * t.yy;
      const x2 = t.o.x + d.x * t.xx + d.y * t.yx, y2 = t.o.y + d.x * t.xy + d.y * t.yy;
      const width = this.measure(context, this.edgeWidths, data.label) + 4;
      // The text must fit between the two discs (edge-label-place.ts, shared with the exports).
      const place = edgeLabelPlace(x1, y1, renderer.scaleSize(s.size), x2, y2, renderer.scaleSize(d.size), data.curvature ?? 0, width, height, GAP);
      if (!place) return;
      const { x: mx, y: my, angle, box } = place;
      if (!this.grid.isFree(`edge:${edge}`, box.x, box.y, box.width, box.height)) return;
      this.grid.addBox(`edge:${edge}`, box.x, box.y, box.width, box.height);
      context.save();
      context.translate(mx, my);
      context.rotate(angle);
      context.strokeText(data.label, 0, 0);
      context.fillText(data.label, 0, 0);
      context.restore();
      out.push({ edge, x: mx, y: my, angle, width, height });
    };
    // In the graph's order (labels are placed first come, first served), skipping what cannot be labelled.
    const labelled = this.labelledEdges;
    if (!labelled) graph.forEachEdge((edge, _attributes, source, target) => labelEdge(edge, source, target));
    else if (labelled.size > 0) graph.forEachEdge((edge, _attributes, source, target) => { if (labelled.has(edge)) labelEdge(edge, source, target); });
    return out;
  }
}
