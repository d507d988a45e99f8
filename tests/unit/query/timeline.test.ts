// The timeline window: clamped to the data's span, stepping a year at a time, stopping at the end;
// brushed in whole years, moved from the keyboard, played at three speeds.
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { nextWindow, relationSpan, windowAt, windowWords } from '../../../src/lib/query/timeline';
import { moveEdge, pixelsToWindow, playDelay, playStart, windowToPixels } from '../../../src/lib/query/timeline-strip';

const span = { from: 1917, to: 1991 };

describe('timeline', () => {
  it('spans the dated relations, open ends included', () => {
    expect(relationSpan([{ start: { year: 1921 } }, { end: { year: 1956 } }, {}, { start: { year: 1936 }, end: { year: 1939 } }]))
      .toEqual({ from: 1921, to: 1956 });
  });

  it('keeps a window inside the span', () => {
    expect(windowAt(1936, 5, span)).toEqual({ from: 1936, to: 1940 });
    expect(windowAt(1900, 5, span)).toEqual({ from: 1917, to: 1921 });
    expect(windowAt(1990, 5, span)).toEqual({ from: 1987, to: 1991 });
  });

  it('plays from the start a year at a time and stops at the end', () => {
    expect(nextWindow(null, 10, span)).toEqual({ from: 1917, to: 1926 });
    expect(nextWindow({ from: 1936, to: 1945 }, 10, span)).toEqual({ from: 1937, to: 1946 });
    expect(nextWindow({ from: 1982, to: 1991 }, 10, span)).toBeNull();
  });

  it('plays from the current window, from the start again once it has reached the end, five years wide by default', () => {
    expect(playStart({ from: 1936, to: 1939 }, span)).toEqual({ from: 1936, to: 1939 });
    expect(playStart({ from: 1980, to: 1991 }, span)).toEqual({ from: 1917, to: 1928 });
    expect(playStart(null, span)).toEqual({ from: 1917, to: 1921 });
  });

  it('steps twice and four times as often at 2× and 4×', () => {
    expect([playDelay(1), playDelay(2), playDelay(4)]).toEqual([700, 350, 175]);
  });

  it('writes a window as the panel does', () => {
    expect(windowWords({ from: 1936, to: 1939 })).toBe('1936–1939');
    expect(windowWords({ from: 1956, to: 1956 })).toBe('1956');
  });
});

describe('brush ↔ window', () => {
  // 75 years over 750 px: 10 px a year, 1917 at 0.
  const x = scaleLinear().domain([span.from, span.to + 1]).range([0, 750]);

  it('covers a window from the left edge of its first year to the right edge of its last', () => {
    const near = (w: { from: number; to: number }) => windowToPixels(w, x).map((p) => Math.round(p * 1e6) / 1e6);
    expect(near({ from: 1936, to: 1939 })).toEqual([190, 230]);
    expect(near({ from: 1917, to: 1991 })).toEqual([0, 750]);
  });

  it('snaps a brushed stretch to whole years, either way round', () => {
    expect(pixelsToWindow([190, 230], x, span)).toEqual({ from: 1936, to: 1939 });
    expect(pixelsToWindow([186, 233], x, span)).toEqual({ from: 1936, to: 1939 });
    expect(pixelsToWindow([233, 186], x, span)).toEqual({ from: 1936, to: 1939 });
    // Round trip for every window of a few widths.
    for (let from = span.from; from <= span.to; from += 7) {
      for (const width of [1, 4, 11]) {
        const w = windowAt(from, width, span);
        expect(pixelsToWindow(windowToPixels(w, x), x, span)).toEqual(w);
      }
    }
  });

  it('selects the year a stretch narrower than a year sits in, and stays inside the span', () => {
    expect(pixelsToWindow([192, 196], x, span)).toEqual({ from: 1936, to: 1936 });
    expect(pixelsToWindow([-50, 20], x, span)).toEqual({ from: 1917, to: 1918 });
    expect(pixelsToWindow([740, 900], x, span)).toEqual({ from: 1991, to: 1991 });
  });
});

describe('keyboard handles', () => {
  const w = { from: 1936, to: 1939 };

  it('move one end a year with the arrows, ten with Page Up/Down, to the span ends with Home/End', () => {
    expect(moveEdge(w, 'from', 'ArrowLeft', span)).toEqual({ from: 1935, to: 1939 });
    expect(moveEdge(w, 'to', 'ArrowRight', span)).toEqual({ from: 1936, to: 1940 });
    expect(moveEdge(w, 'to', 'ArrowUp', span)).toEqual({ from: 1936, to: 1940 });
    expect(moveEdge(w, 'from', 'PageDown', span)).toEqual({ from: 1926, to: 1939 });
    expect(moveEdge(w, 'from', 'Home', span)).toEqual({ from: 1917, to: 1939 });
    expect(moveEdge(w, 'to', 'End', span)).toEqual({ from: 1936, to: 1991 });
  });

  it('never lets an end pass the other or leave the span', () => {
    expect(moveEdge(w, 'from', 'PageUp', span)).toEqual({ from: 1939, to: 1939 });
    expect(moveEdge(w, 'to', 'Home', span)).toEqual({ from: 1936, to: 1936 });
    expect(moveEdge({ from: 1917, to: 1920 }, 'from', 'ArrowLeft', span)).toEqual({ from: 1917, to: 1920 });
  });

  it('start from the whole span when there is no window, and ignore other keys', () => {
    expect(moveEdge(null, 'from', 'ArrowRight', span)).toEqual({ from: 1918, to: 1991 });
    expect(moveEdge(w, 'from', 'a', span)).toBeNull();
    expect(moveEdge(w, 'from', 'Tab', span)).toBeNull();
  });
});
