// What the timeline strip needs beyond the window itself: its year scale, brushed stretches as
// whole-year windows and back, the keyboard handles' moves, and playback. Loaded with the strip,
// after the first frame (d3-scale stays off the first page).
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { windowAt, type YearWindow } from './timeline';

/** Playback speeds: 1× moves the window a year every PLAY_STEP_MS. */
export const PLAY_SPEEDS = [1, 2, 4] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];
export const PLAY_STEP_MS = 700;
/** The window Play uses when none is set. */
export const DEFAULT_PLAY_WIDTH = 5;

/** Milliseconds between two steps of playback at a speed. */
export function playDelay(speed: PlaySpeed): number {
  return PLAY_STEP_MS / speed;
}

/**
 * Where Play starts: the current window (same width) unless it already touches the end of the span,
 * in which case it starts again from the beginning; with no window, a DEFAULT_PLAY_WIDTH-year window
 * at the start of the span.
 */
export function playStart(current: YearWindow | null, span: YearWindow): YearWindow {
  if (!current) return windowAt(span.from, DEFAULT_PLAY_WIDTH, span);
  const width = current.to - current.from + 1;
  return current.to >= span.to ? windowAt(span.from, width, span) : current;
}

/**
 * The horizontal scale of the strip: year Y occupies [x(Y), x(Y + 1)), so a window from–to covers
 * [x(from), x(to + 1)].
 */
export interface YearScale { (year: number): number; invert(x: number): number }

/** The strip's scale: the span's years laid end to end from `left` to `right` pixels. */
export function yearScale(span: YearWindow, left: number, right: number): ScaleLinear<number, number> {
  return scaleLinear().domain([span.from, span.to + 1]).range([left, right]);
}

/** Pixels of a window on the strip. */
export function windowToPixels(window: YearWindow, x: YearScale): [number, number] {
  return [x(window.from), x(window.to + 1)];
}

/**
 * The window a brushed stretch of the strip selects, in whole years: each edge snaps to the nearest
 * year boundary, a stretch narrower than a year selects the year it sits in, and the window stays
 * inside the span.
 */
export function pixelsToWindow([x0, x1]: [number, number], x: YearScale, span: YearWindow): YearWindow {
  const clamp = (year: number) => Math.max(span.from, Math.min(span.to, year));
  let from = Math.round(x.invert(Math.min(x0, x1)));
  let to = Math.round(x.invert(Math.max(x0, x1))) - 1;
  if (to < from) from = to = Math.floor(x.invert((x0 + x1) / 2));
  from = clamp(from);
  to = clamp(to);
  return { from, to: Math.max(from, to) };
}

/** Which end of a window a keyboard handle moves. */
export type WindowEdge = 'from' | 'to';

/**
 * A window after a key press on one of its handles (the ARIA slider keys): arrows move that end a
 * year, Page Up/Down ten, Home/End to the span's ends; an end never passes the other. No window
 * means the whole span. Returns null for keys the handle does not use.
 */
export function moveEdge(window: YearWindow | null, edge: WindowEdge, key: string, span: YearWindow): YearWindow | null {
  const current = window ?? span;
  const value = current[edge];
  const next = key === 'ArrowLeft' || key === 'ArrowDown' ? value - 1
    : key === 'ArrowRight' || key === 'ArrowUp' ? value + 1
    : key === 'PageDown' ? value - 10
    : key === 'PageUp' ? value + 10
    : key === 'Home' ? span.from
    : key === 'End' ? span.to
    : null;
  if (next === null) return null;
  const low = edge === 'from' ? span.from : current.from;
  const high = edge === 'from' ? current.to : span.to;
  return { ...current, [edge]: Math.max(low, Math.min(high, next)) };
}
