// Attributes that other tools name plainly (label, x, y, size, color, start, end, year) become the
// atlas's own fields, for the formats that have no dedicated place for them (GraphML, graphology JSON).
import { parseColor } from './color';
import type { ForeignGraph, Place, Value } from './foreign';
import type { ProblemList } from './problem';
import { parseYear, parseYearSpan, type YearSpan } from './years';

const LABEL_NAMES = ['label', 'name', 'title'];

function numberOf(value: Value | undefined): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  if (typeof value === 'string' && /^\s*[+-]?(nan|infinity)\s*$/i.test(value)) return Number(value.trim().replace(/^([+-]?)inf.*/i, '$1Infinity'));
  return undefined;
}

/** Years from `start`/`end`, a `year`, or a `years` span; the attributes used are taken off. */
export function liftYears(attributes: Map<string, Value>, bad: (name: string, value: Value) => void): YearSpan | undefined {
  const span: YearSpan = {};
  for (const side of ['start', 'end'] as const) {
    const value = attributes.get(side);
    if (value === undefined || value === null || value === '') continue;
    const year = parseYear(value);
    if (year === null) bad(side, value);
    else { span[side] = year; attributes.delete(side); }
  }
  for (const name of ['years', 'year']) {
    const value = attributes.get(name);
    if (span.start !== undefined || value === undefined || value === null || value === '' || typeof value === 'object') continue;
    const parsed = parseYearSpan(value);
    if (parsed) { Object.assign(span, parsed); attributes.delete(name); }
  }
  return span.start !== undefined || span.end !== undefined ? span : undefined;
}

/** Moves plainly named attributes to the atlas's fields, in place. */
export function liftKnownAttributes(graph: ForeignGraph, warnings: ProblemList): void {
  let badYears = 0;
  let firstBad: Place | undefined;
  for (const node of graph.nodes) {
    const a = node.attributes;
    if (node.label === undefined) {
      const name = LABEL_NAMES.find((n) => typeof a.get(n) === 'string' || typeof a.get(n) === 'number');
      if (name) { node.label = String(a.get(name)); a.delete(name); }
    }
    for (const axis of ['x', 'y'] as const) {
      const v = numberOf(a.get(axis));
      if (node[axis] === undefined && v !== undefined) { node[axis] = v; a.delete(axis); }
    }
    const size = numberOf(a.get('size'));
    if (node.size === undefined && size !== undefined) { node.size = size; a.delete('size'); }
    const color = parseColor(a.get('color'));
    if (node.color === undefined && color) { node.color = color; a.delete('color'); }
    node.years ??= liftYears(a, () => { badYears++; firstBad ??= node.place; });
  }
  for (const edge of graph.edges) {
    const color = parseColor(edge.attributes.get('color'));
    if (edge.color === undefined && color) { edge.color = color; edge.attributes.delete('color'); }
    edge.years ??= liftYears(edge.attributes, () => { badYears++; firstBad ??= edge.place; });
  }
  if (badYears) warnings.add(`${badYears} start, end or year value${badYears === 1 ? ' is' : 's are'} not a year (expected 1936 or 1936-07-19): kept as attributes, not on the timeline (first here)`, firstBad);
}
