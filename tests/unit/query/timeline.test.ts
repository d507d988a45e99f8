// The timeline window: clamped to the data's span, stepping a year at a time, stopping at the end.
import { describe, expect, it } from 'vitest';
import { nextWindow, relationSpan, windowAt } from '../../../src/lib/query/timeline';

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
});
