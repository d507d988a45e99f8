// Years from the ways files write time: a year ("1936", "-44"), an ISO date or date-time
// ("1936-07-19", "1936-07"), a GEXF double or integer time, or a span ("1936–1939", "1936-1939",
// "1936 to 1939"). Anything else is not a year; the caller says so.

/** A span of years; either end may be missing. */
export interface YearSpan { start?: number; end?: number }

/** Years outside this range are not taken as years (a GEXF double of 1e9 is a timestamp, not a year). */
export const YEAR_RANGE = { min: -5000, max: 3000 } as const;

const YEAR = /^\s*([+-]?\d{1,4})(?:-(\d{2})(?:-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?\s*$/;
const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const SPAN = /^\s*(-?\d{1,4})\s*(?:–|—|-|\/|\.\.|to)\s*(-?\d{1,4})\s*$/;

const inRange = (year: number) => Number.isInteger(year) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;

/** The year a time value names, or null. */
export function parseYear(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && inRange(Math.floor(value)) ? Math.floor(value) : null;
  if (typeof value !== 'string' || value.length > 40) return null;
  const date = YEAR.exec(value);
  if (date) {
    const year = Number(date[1]);
    if (date[2] !== undefined && (Number(date[2]) < 1 || Number(date[2]) > 12)) return null;
    return inRange(year) ? year : null;
  }
  if (NUMBER.test(value)) return parseYear(Number(value));
  return null;
}

/** A span written in one value ("1936–1939"), a single year (a one-year span), or null. */
export function parseYearSpan(value: unknown): YearSpan | null {
  if (typeof value === 'string') {
    const span = SPAN.exec(value);
    if (span && !/^\s*\d{4}-\d{2}\s*$/.test(value)) {
      const [start, end] = [Number(span[1]), Number(span[2])];
      if (inRange(start) && inRange(end) && start <= end) return { start, end };
      return null;
    }
  }
  const year = parseYear(value);
  return year === null ? null : { start: year, end: year };
}

/** The span covering several (GEXF spells): the earliest start and the latest end. */
export function coverSpans(spans: YearSpan[]): YearSpan | null {
  let start: number | undefined;
  let end: number | undefined;
  for (const s of spans) {
    if (s.start !== undefined) start = start === undefined ? s.start : Math.min(start, s.start);
    if (s.end !== undefined) end = end === undefined ? s.end : Math.max(end, s.end);
  }
  return start === undefined && end === undefined ? null : { start, end };
}
