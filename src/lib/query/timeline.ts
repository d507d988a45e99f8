// The timeline: a window of years that slides over the dataset's span, one step at a time. What
// only the strip needs (its scale, brushing, keys, playback) is in timeline-strip.ts, off the first page.

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

/** The width of a window in years, inclusive. */
export const windowWidth = (window: YearWindow) => window.to - window.from + 1;

/** "1936–1939", or "1936" for a one-year window. */
export function windowWords(window: YearWindow): string {
  return window.from === window.to ? String(window.from) : `${window.from}–${window.to}`;
}
