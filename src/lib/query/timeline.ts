// The timeline: a window of years that slides over the dataset's span, one step at a time.

export interface YearWindow {
  from: number;
  to: number;
}

/** Two windows of years to compare: `a` the first, `b` the second. */
export interface Periods { a: YearWindow; b: YearWindow }

/** The first and last years any relation of the graph is dated to. */
export function relationSpan(years: Iterable<{ start?: { year: number }; end?: { year: number } }>): YearWindow {
  let from = Infinity;
  let to = -Infinity;
  for (const y of years) {
    for (const p of [y.start, y.end]) {
      if (!p) continue;
      from = Math.min(from, p.year);
      to = Math.max(to, p.year);
    }
  }
  return Number.isFinite(from) ? { from, to } : { from: 1900, to: 2000 };
}

/** A window of `width` years starting at `from`, kept inside `span`. */
export function windowAt(from: number, width: number, span: YearWindow): YearWindow {
  const start = Math.max(span.from, Math.min(from, span.to - width + 1));
  return { from: start, to: start + width - 1 };
}

/** The window one year later, or null once it has reached the end of the span (playback stops). */
export function nextWindow(current: YearWindow | null, width: number, span: YearWindow): YearWindow | null {
  if (!current) return windowAt(span.from, width, span);
  if (current.to >= span.to) return null;
  return windowAt(current.from + 1, width, span);
}

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

/** The width of a window in years, inclusive. */
export const windowWidth = (window: YearWindow) => window.to - window.from + 1;

/** "1936–1939", or "1936" for a one-year window. */
export function windowWords(window: YearWindow): string {
  return window.from === window.to ? String(window.from) : `${window.from}–${window.to}`;
}

/**
 * The horizontal scale of the strip: year Y occupies [x(Y), x(Y + 1)) between 0 and `width`, so a
 * window from–to covers [x(from), x(to + 1)].
 */
export interface YearScale { (year: number): number; invert(x: number): number }

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
