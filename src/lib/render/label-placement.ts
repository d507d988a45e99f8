// Label placement, as cartographers place place-names: in order of priority, each label takes the
// first of eight positions around its node (right, left, above, below, then the four corners)
// where it overlaps no label already placed and covers no other node's disc (the caller decides
// which discs count: label-layer.ts leaves out those faded behind a focus); a label that fits
// nowhere is not drawn (hovering the node shows it). Pure and allocation-light: the caller passes
// positions in viewport pixels.

/** Where a label sits around its node. */
export type Anchor = 'right' | 'left' | 'above' | 'below' | 'above-right' | 'below-right' | 'above-left' | 'below-left';
export const ANCHORS: readonly Anchor[] = ['right', 'left', 'above', 'below', 'above-right', 'below-right', 'above-left', 'below-left'];
/** In Focus a neighbour's name goes outward from the oval, on its own row, or nowhere. */
export const OUTWARD_RIGHT: readonly Anchor[] = ['right'];
export const OUTWARD_LEFT: readonly Anchor[] = ['left'];

/** A placed label: its box in viewport pixels (top-left corner, width, height) and its anchor. */
export interface PlacedLabel {
  node: string;
  anchor: Anchor;
  x: number;
  y: number;
  width: number;
  height: number;
  /** A required label with no free place: drawn anyway, inside the viewport (it may cover neighbours). */
  forced: boolean;
  /** The box is narrower than the text: the name is shortened to fit it (see `shorten`). */
  shortened: boolean;
}

/**
 * The top-left corner of the label box of a node at (x, y) with radius r, for a text `width` ×
 * `height`, at an anchor; written into `out` so that placing a frame's labels allocates nothing.
 */
export function labelBox(out: { x: number; y: number }, x: number, y: number, r: number, width: number, height: number, anchor: Anchor, gap: number): void {
  switch (anchor) {
    case 'right': out.x = x + r + gap; out.y = y - height / 2; return;
    case 'left': out.x = x - r - gap - width; out.y = y - height / 2; return;
    case 'above': out.x = x - width / 2; out.y = y - r - gap - height; return;
    case 'below': out.x = x - width / 2; out.y = y + r + gap; return;
    // Corners: the box touches the disc's bounding square at 45°, clear of the disc.
    case 'above-right': out.x = x + r * 0.7 + gap; out.y = y - r * 0.7 - gap - height; return;
    case 'below-right': out.x = x + r * 0.7 + gap; out.y = y + r * 0.7 + gap; return;
    case 'above-left': out.x = x - r * 0.7 - gap - width; out.y = y - r * 0.7 - gap - height; return;
    case 'below-left': out.x = x - r * 0.7 - gap - width; out.y = y + r * 0.7 + gap; return;
  }
}

/** Whether a rectangle and a disc intersect. */
export function boxHitsDisc(bx: number, by: number, bw: number, bh: number, cx: number, cy: number, r: number): boolean {
  const nx = Math.max(bx, Math.min(cx, bx + bw));
  const ny = Math.max(by, Math.min(cy, by + bh));
  return (nx - cx) ** 2 + (ny - cy) ** 2 < r * r;
}

/** Whether two rectangles overlap (touching edges do not count). */
export function boxesOverlap(ax: number, ay: number, aw: number, ah: number, bx: number, by: number, bw: number, bh: number): boolean {
  return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
}

/**
 * A uniform grid over the viewport holding what labels must avoid: placed label boxes and node
 * discs. Shapes sit in one flat typed array and each cell is a linked list of links into it, in
 * typed arrays that only grow: after the first frames, a frame's placement allocates nothing (at
 * 50k nodes, arrays regrown every frame made the collector run inside the label pass).
 */
export class PlacementGrid {
  private readonly cell: number;
  private cols = 0;
  private rows = 0;
  /** The first link of each cell (-1: none). */
  private heads = new Int32Array(0);
  /** Per link: the shape it points at and the cell's next link (-1: none). */
  private linkShape = new Int32Array(1024);
  private linkNext = new Int32Array(1024);
  private links = 0;
  /** Boxes: x, y, w, h per shape; discs: x, y, r and -1 (their kind). */
  private shapes = new Float64Array(4096);
  private readonly owners: string[] = [];
  private count = 0;

  constructor(cellSize = 64) {
    this.cell = cellSize;
  }

  /** Empties the grid for a viewport of the given size (kept allocations are reused). */
  reset(width: number, height: number): void {
    this.cols = Math.max(1, Math.ceil(width / this.cell));
    this.rows = Math.max(1, Math.ceil(height / this.cell));
    const cells = this.cols * this.rows;
    if (this.heads.length < cells) this.heads = new Int32Array(cells);
    this.heads.fill(-1, 0, cells);
    this.links = 0;
    this.count = 0;
  }

  private range(x0: number, y0: number, x1: number, y1: number): [number, number, number, number] {
    const r = this.scratch;
    r[0] = Math.max(0, Math.floor(x0 / this.cell));
    r[1] = Math.min(this.cols - 1, Math.floor(x1 / this.cell));
    r[2] = Math.max(0, Math.floor(y0 / this.cell));
    r[3] = Math.min(this.rows - 1, Math.floor(y1 / this.cell));
    return r;
  }

  private readonly scratch: [number, number, number, number] = [0, 0, 0, 0];

  private add(owner: string, a: number, b: number, c: number, d: number, x0: number, y0: number, x1: number, y1: number): void {
    const index = this.count++;
    this.owners[index] = owner;
    let s = index * 4;
    if (s + 4 > this.shapes.length) this.shapes = grown(this.shapes, s + 4);
    const shapes = this.shapes;
    shapes[s++] = a;
    shapes[s++] = b;
    shapes[s++] = c;
    shapes[s] = d;
    const [c0, c1, r0, r1] = this.range(x0, y0, x1, y1);
    if (c1 < c0 || r1 < r0) return;
    const needed = this.links + (c1 - c0 + 1) * (r1 - r0 + 1);
    if (needed > this.linkShape.length) {
      this.linkShape = grown(this.linkShape, needed);
      this.linkNext = grown(this.linkNext, needed);
    }
    for (let row = r0; row <= r1; row++) {
      for (let col = c0; col <= c1; col++) {
        const cell = row * this.cols + col;
        const link = this.links++;
        this.linkShape[link] = index;
        this.linkNext[link] = this.heads[cell];
        this.heads[cell] = link;
      }
    }
  }

  /** Adds a node's disc. */
  addDisc(owner: string, x: number, y: number, r: number): void {
    this.add(owner, x, y, r, -1, x - r, y - r, x + r, y + r);
  }

  /** Adds a placed label's box. */
  addBox(owner: string, x: number, y: number, w: number, h: number): void {
    this.add(owner, x, y, w, h, x, y, x + w, y + h);
  }

  /**
   * Whether a box is free: it overlaps no box and covers no disc, except those of `owner`; with
   * `overDiscs`, only boxes count (a region's name may pass over discs, never over a label).
   */
  isFree(owner: string, x: number, y: number, w: number, h: number, overDiscs = false): boolean {
    const [c0, c1, r0, r1] = this.range(x, y, x + w, y + h);
    const shapes = this.shapes;
    const heads = this.heads;
    const linkShape = this.linkShape;
    const linkNext = this.linkNext;
    for (let row = r0; row <= r1; row++) {
      for (let col = c0; col <= c1; col++) {
        for (let link = heads[row * this.cols + col]; link !== -1; link = linkNext[link]) {
          const i = linkShape[link];
          if (this.owners[i] === owner) continue;
          const s = i * 4;
          const disc = shapes[s + 3] === -1;
          if (disc && overDiscs) continue;
          const hit = disc
            ? boxHitsDisc(x, y, w, h, shapes[s], shapes[s + 1], shapes[s + 2])
            : boxesOverlap(x, y, w, h, shapes[s], shapes[s + 1], shapes[s + 2], shapes[s + 3]);
          if (hit) return false;
        }
      }
    }
    return true;
  }
}

/** A copy of `array` with room for at least `size` items (doubling, so growth is rare). */
function grown<T extends Int32Array | Float64Array>(array: T, size: number): T {
  let length = Math.max(16, array.length);
  while (length < size) length *= 2;
  const next = new (array.constructor as { new(n: number): T })(length);
  next.set(array);
  return next;
}

/** One label to place, in priority order (the caller sorts). */
export interface LabelCandidate {
  node: string;
  x: number;
  y: number;
  /** The node's radius on screen. */
  r: number;
  width: number;
  height: number;
  /** Drawn even where no place is free (the selected or hovered node's name). */
  required?: boolean;
  /** The positions to try, in order (ANCHORS when absent). */
  anchors?: readonly Anchor[];
  /**
   * Where no position is free for the whole name, it may be shortened (a cartographer's
   * abbreviation) to what fits at its first position before the viewport's edge, down to MIN_SHORT.
   */
  shorten?: boolean;
}

/** The narrowest box a shortened name is given, in pixels (a few letters and the ellipsis). */
export const MIN_SHORT = 56;

/** A name cut with an ellipsis to fit `room` pixels, `width` measuring text in the label's font. */
export function shortenToFit(text: string, room: number, width: (text: string) => number): string {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (width(`${text.slice(0, mid).trimEnd()}…`) <= room) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

/**
 * Places labels greedily in the order given (the first `count` candidates). `grid` holds what they
 * must avoid (node discs, reserved boxes); labels stay within the viewport, `margin` from its edge.
 * Placed labels are written into `out` (its objects are reused from frame to frame); returns how many.
 */
export function placeLabels(
  grid: PlacementGrid, candidates: readonly LabelCandidate[], count: number, viewport: { width: number; height: number },
  out: PlacedLabel[], gap = 3, margin = 2,
): number {
  let placed = 0;
  const box = { x: 0, y: 0 };
  const put = (c: LabelCandidate, anchor: Anchor, x: number, y: number, forced: boolean, width = c.width) => {
    grid.addBox(c.node, x, y, width, c.height);
    const label = (out[placed] ??= { node: '', anchor, x: 0, y: 0, width: 0, height: 0, forced: false, shortened: false });
    label.node = c.node;
    label.anchor = anchor;
    label.x = x;
    label.y = y;
    label.width = width;
    label.height = c.height;
    label.forced = forced;
    label.shortened = width < c.width;
    placed++;
  };
  /** Places `c` at its first free position inside the viewport, `away` from its disc; false when none is. */
  const firstFree = (c: LabelCandidate, away: number) => {
    for (const anchor of c.anchors ?? ANCHORS) {
      labelBox(box, c.x, c.y, c.r, c.width, c.height, anchor, away);
      const { x, y } = box;
      if (x < margin || y < margin || x + c.width > viewport.width - margin || y + c.height > viewport.height - margin) continue;
      if (!grid.isFree(c.node, x, y, c.width, c.height)) continue;
      put(c, anchor, x, y, false);
      return true;
    }
    return false;
  };
  for (let i = 0; i < count; i++) {
    const c = candidates[i];
    let done = firstFree(c, gap);
    if (!done && c.shorten) {
      // The first position, cut at the viewport's edge (only sideways positions can be cut).
      const anchor = (c.anchors ?? ANCHORS)[0];
      if (anchor === 'right' || anchor === 'left') {
        labelBox(box, c.x, c.y, c.r, c.width, c.height, anchor, gap);
        const x = anchor === 'right' ? box.x : Math.max(margin, box.x);
        const width = anchor === 'right' ? Math.min(c.width, viewport.width - margin - box.x) : box.x + c.width - x;
        if (width >= MIN_SHORT && width < c.width && box.y >= margin && box.y + c.height <= viewport.height - margin
          && grid.isFree(c.node, x, box.y, width, c.height)) {
          put(c, anchor, x, box.y, false, width);
          done = true;
        }
      }
    }
    // A name that must be shown and finds every position taken moves a step farther out on each
    // position in turn (up to three label heights) before it is printed over what is there.
    for (let step = 1; !done && c.required && step <= 6; step++) done = firstFree(c, gap + (step * c.height) / 2);
    if (!done && c.required) {
      // Drawn anyway: at the first position inside the viewport (over neighbours if need be), or at the
      // first position brought inside it, so that the name is never cut off at the stage's edge.
      const anchors = c.anchors ?? ANCHORS;
      let anchor = anchors[0];
      for (const a of anchors) {
        labelBox(box, c.x, c.y, c.r, c.width, c.height, a, gap);
        if (box.x >= margin && box.y >= margin && box.x + c.width <= viewport.width - margin && box.y + c.height <= viewport.height - margin) {
          anchor = a;
          break;
        }
      }
      labelBox(box, c.x, c.y, c.r, c.width, c.height, anchor, gap);
      const x = Math.max(margin, Math.min(box.x, viewport.width - margin - c.width));
      const y = Math.max(margin, Math.min(box.y, viewport.height - margin - c.height));
      put(c, anchor, x, y, true);
    }
  }
  return placed;
}
