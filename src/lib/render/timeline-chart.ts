// The timeline strip's drawing, with d3: relations active per year as bars stacked by relation
// family (hatched where the dates are approximate), a decade axis, and the brushes that set the
// year window, or the two periods being compared. It draws into an <svg> the component owns and
// reports brushed windows; what a window means is decided by the state. Loaded after the first frame.
import { axisBottom } from 'd3-axis';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select, type Selection } from 'd3-selection';
import { scaleLinear } from 'd3-scale';
import { RELATION_FAMILIES, type RelationFamily } from '../model/vocabulary';
import { stackYear, type BarSegment, type YearActivity } from '../query/activity';
import type { YearWindow } from '../query/timeline';
import { pixelsToWindow, windowToPixels, yearScale } from '../query/timeline-strip';
import { FAMILY_COLORS, PERIOD_COLORS } from './palette';

/** Which window a brush sets: the year window, or the first or second period compared. */
export type BandKey = 'window' | 'a' | 'b';
export interface Band { key: BandKey; window: YearWindow | null }

export interface ChartInput {
  activity: readonly YearActivity[];
  span: YearWindow;
  /** The svg's size in pixels. */
  width: number;
  height: number;
  /** One band (the year window) or two (the periods compared, the first above the second). */
  bands: readonly Band[];
}

/** Room around the bars: the axis sits under them. */
export const CHART_MARGIN = { left: 10, right: 10, top: 3, bottom: 17 } as const;

/** Where each band's brush lies vertically: the whole height, or the upper and lower halves. */
export function bandRows(count: number, height: number): { top: number; bottom: number }[] {
  const top = CHART_MARGIN.top;
  const bottom = height - CHART_MARGIN.bottom;
  if (count < 2) return [{ top, bottom }];
  const middle = Math.round((top + bottom) / 2);
  return [{ top, bottom: middle }, { top: middle, bottom }];
}

const BAND_TINT: Record<BandKey, string> = { window: '#1f2328', a: PERIOD_COLORS.vanished, b: PERIOD_COLORS.appeared };
let instances = 0;

type SvgSelection = Selection<SVGSVGElement, unknown, null, undefined>;
type GroupSelection = Selection<SVGGElement, unknown, null, undefined>;

export class TimelineChart {
  readonly #svg: SvgSelection;
  readonly #bars: GroupSelection;
  readonly #dim: GroupSelection;
  readonly #axis: GroupSelection;
  readonly #brushes: GroupSelection;
  readonly #id = `timeline-${++instances}`;
  readonly #onbrush: (key: BandKey, window: YearWindow | null) => void;
  #input: ChartInput | null = null;
  /** The band being brushed by the user (not moved to follow the state until the gesture ends). */
  #active: BandKey | null = null;
  /** The last window reported per band, so a gesture reports each whole-year change once. */
  #reported = new Map<BandKey, string>();
  #brushOf = new Map<BandKey, { g: GroupSelection; brush: BrushBehavior<unknown> }>();

  constructor(svg: SVGSVGElement, onbrush: (key: BandKey, window: YearWindow | null) => void) {
    this.#onbrush = onbrush;
    this.#svg = select(svg);
    const defs = this.#svg.append('defs');
    // Approximate dates: the family's colour in diagonal stripes on white.
    for (const family of RELATION_FAMILIES) {
      const pattern = defs.append('pattern').attr('id', this.hatchId(family)).attr('patternUnits', 'userSpaceOnUse')
        .attr('width', 4).attr('height', 4).attr('patternTransform', 'rotate(45)');
      pattern.append('rect').attr('width', 4).attr('height', 4).attr('fill', '#ffffff');
      pattern.append('rect').attr('width', 2).attr('height', 4).attr('fill', FAMILY_COLORS[family]);
    }
    this.#bars = this.#svg.append('g').attr('class', 'bars');
    this.#dim = this.#svg.append('g').attr('class', 'dim').attr('pointer-events', 'none');
    this.#axis = this.#svg.append('g').attr('class', 'axis');
    this.#brushes = this.#svg.append('g').attr('class', 'brushes');
  }

  /** The id of a family's hatch pattern (unique per chart). */
  hatchId(family: RelationFamily): string {
    return `${this.#id}-hatch-${family}`;
  }

  /** Draws (or redraws) the strip for this input. */
  draw(input: ChartInput): void {
    const previous = this.#input;
    this.#input = input;
    const { width, height, span, activity } = input;
    if (width <= CHART_MARGIN.left + CHART_MARGIN.right || height <= CHART_MARGIN.top + CHART_MARGIN.bottom) return;
    const x = yearScale(span, CHART_MARGIN.left, width - CHART_MARGIN.right);
    const bottom = height - CHART_MARGIN.bottom;
    if (!previous || previous.activity !== activity || previous.width !== width || previous.height !== height) {
      this.#drawBars(input, x);
      this.#drawAxis(input, x, bottom);
    }
    const layout = (b: readonly Band[]) => b.map((band) => band.key).join();
    if (!previous || layout(previous.bands) !== layout(input.bands) || previous.width !== width || previous.height !== height || previous.span !== span) {
      this.#makeBrushes(input, x);
    }
    this.#placeBrushes(input, x);
    this.#drawDim(input, x);
  }

  #drawBars({ activity }: ChartInput, x: (year: number) => number) {
    const bottom = (this.#input?.height ?? 0) - CHART_MARGIN.bottom;
    const top = Math.max(1, ...activity.map((a) => a.total));
    const y = scaleLinear().domain([0, top]).range([bottom, CHART_MARGIN.top]);
    type Piece = BarSegment & { year: number };
    const pieces: Piece[] = activity.flatMap((a) => stackYear(a).map((s) => ({ ...s, year: a.year })));
    const step = x(1) - x(0);
    // A hair of space between years once they are wide enough to show it.
    const gap = step >= 4 ? 1 : 0;
    this.#bars.selectAll<SVGRectElement, Piece>('rect')
      .data(pieces, (p) => `${p.year}:${p.family}:${p.qualified}`)
      .join('rect')
      .attr('x', (p) => x(p.year) + gap / 2)
      .attr('width', Math.max(0.5, step - gap))
      .attr('y', (p) => y(p.y1))
      .attr('height', (p) => Math.max(0, y(p.y0) - y(p.y1)))
      .attr('fill', (p) => (p.qualified ? `url(#${this.hatchId(p.family)})` : FAMILY_COLORS[p.family]));
  }

  #drawAxis({ span, width }: ChartInput, x: ReturnType<typeof yearScale>, bottom: number) {
    // Decades, or every other decade when there is too little room to label each.
    const every = (width - CHART_MARGIN.left - CHART_MARGIN.right) / ((span.to - span.from + 1) / 10) >= 38 ? 10 : 20;
    const ticks: number[] = [];
    for (let year = Math.ceil(span.from / every) * every; year <= span.to + 1; year += every) ticks.push(year);
    this.#axis.attr('transform', `translate(0,${bottom})`)
      .call(axisBottom(x).tickValues(ticks).tickFormat((d) => String(d)).tickSizeOuter(0).tickSize(4));
  }

  #makeBrushes(input: ChartInput, x: ReturnType<typeof yearScale>) {
    const rows = bandRows(input.bands.length, input.height);
    const right = input.width - CHART_MARGIN.right;
    this.#brushes.selectAll('g.brush').on('.brush', null);
    this.#brushes.selectAll('*').remove();
    this.#brushOf.clear();
    input.bands.forEach((band, i) => {
      const brush = brushX<unknown>().extent([[CHART_MARGIN.left, rows[i].top], [right, rows[i].bottom]]).handleSize(10);
      const g = this.#brushes.append('g').attr('class', `brush brush-${band.key}`).attr('data-band', band.key);
      brush
        .on('start', (event: D3BrushEvent<unknown>) => { if (event.sourceEvent) this.#active = band.key; })
        .on('brush', (event: D3BrushEvent<unknown>) => { if (event.sourceEvent) this.#report(band.key, event.selection as [number, number] | null, x); })
        .on('end', (event: D3BrushEvent<unknown>) => {
          if (!event.sourceEvent) return;
          this.#active = null;
          const selection = event.selection as [number, number] | null;
          this.#report(band.key, selection, x);
          // Snap to whole years, or put back a period that a click cleared (a comparison needs both).
          const input = this.#input!;
          const kept = selection ? pixelsToWindow(selection, x, input.span) : band.key === 'window' ? null
            : input.bands.find((b) => b.key === band.key)?.window ?? null;
          this.#moveBrush(g, brush, kept, x);
        });
      g.call(brush);
      g.select('.selection').attr('fill', BAND_TINT[band.key]).attr('fill-opacity', band.key === 'window' ? 0.08 : 0.16)
        .attr('stroke', BAND_TINT[band.key]).attr('stroke-width', 1.5).attr('shape-rendering', 'crispEdges');
      this.#brushOf.set(band.key, { g, brush });
    });
  }

  #report(key: BandKey, selection: [number, number] | null, x: ReturnType<typeof yearScale>) {
    const input = this.#input;
    if (!input) return;
    if (selection === null) {
      // A click that clears the year window shows all years; a period compared cannot be empty.
      if (key === 'window' && this.#reported.get(key) !== '') this.#onbrush(key, null);
      this.#reported.set(key, '');
      return;
    }
    const window = pixelsToWindow(selection, x, input.span);
    const words = `${window.from}-${window.to}`;
    if (this.#reported.get(key) === words) return;
    this.#reported.set(key, words);
    this.#onbrush(key, window);
    this.#drawDim(input, x, { key, window });
  }

  #moveBrush(g: GroupSelection, brush: BrushBehavior<unknown>, window: YearWindow | null, x: ReturnType<typeof yearScale>) {
    g.call(brush.move, window ? windowToPixels(window, x) : null);
  }

  #placeBrushes(input: ChartInput, x: ReturnType<typeof yearScale>) {
    for (const band of input.bands) {
      const made = this.#brushOf.get(band.key);
      if (!made || band.key === this.#active) continue;
      this.#reported.set(band.key, band.window ? `${band.window.from}-${band.window.to}` : '');
      this.#moveBrush(made.g, made.brush, band.window, x);
    }
  }

  /** Pales the years outside the year window (not while comparing: both periods are drawn as bands). */
  #drawDim(input: ChartInput, x: ReturnType<typeof yearScale>, live?: { key: BandKey; window: YearWindow }) {
    const band = input.bands.length === 1 ? input.bands[0] : null;
    const window = live && band && live.key === band.key ? live.window : band?.window ?? null;
    const left = CHART_MARGIN.left;
    const right = input.width - CHART_MARGIN.right;
    const [x0, x1] = window ? windowToPixels(window, x) : [left, left];
    const stretches = window ? [[left, x0], [x1, right]] : [];
    this.#dim.selectAll('rect').data(stretches).join('rect')
      .attr('x', (d) => d[0]).attr('width', (d) => Math.max(0, d[1] - d[0]))
      .attr('y', CHART_MARGIN.top).attr('height', input.height - CHART_MARGIN.top - CHART_MARGIN.bottom)
      .attr('fill', '#ffffff').attr('fill-opacity', 0.65);
  }

  /** Removes everything drawn and the brushes' listeners. */
  destroy(): void {
    this.#brushes.selectAll('g.brush').on('.brush', null);
    this.#svg.selectAll('*').remove();
    this.#brushOf.clear();
    this.#input = null;
  }
}
