// What the user chose to hide (kinds, currents, relations, weak evidence, years) and the
// predicates the render reducers use to decide what is drawn. The data graph is never touched.
import type Graph from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../model/build-graph';
import type { NodeYears, RelationYears } from '../model/types';
import {
  CONFIDENCE_LEVELS,
  CURRENT_KEYS,
  CURRENTS,
  KIND_LABELS,
  NODE_KINDS,
  RELATION_KEYS,
  RELATIONS,
  type Confidence,
  type Current,
  type NodeKind,
  type Relation,
} from '../model/vocabulary';

/** The user's filter choices; everything not hidden is shown. */
export interface Filters {
  hiddenKinds: NodeKind[];
  /** A node is hidden when it has currents and all of them are hidden; nodes without currents stay. */
  hiddenCurrents: Current[];
  hiddenRelations: Relation[];
  /** 'possible' shows all; 'likely' hides 'possible'; 'certain' shows only certain. */
  minConfidence: Confidence;
  /** Timeline window, inclusive; null = all time. */
  years: { from: number; to: number } | null;
}

/** Nothing hidden. */
export const DEFAULT_FILTERS: Filters = {
  hiddenKinds: [],
  hiddenCurrents: [],
  hiddenRelations: [],
  minConfidence: 'possible',
  years: null,
};

/** True when the filters hide nothing (so the UI can offer no "reset"). */
export function isDefaultFilters(f: Filters): boolean {
  return (
    f.hiddenKinds.length === 0 &&
    f.hiddenCurrents.length === 0 &&
    f.hiddenRelations.length === 0 &&
    f.minConfidence === DEFAULT_FILTERS.minConfidence &&
    f.years === null
  );
}

function overlaps(start: number, end: number, window: Filters['years']): boolean {
  return window === null || (start <= window.to && end >= window.from);
}

/** Whether a node passes the filters, judged on its own attributes. */
export function nodeVisible(
  attrs: { kind: string; currents: readonly string[]; years: NodeYears },
  f: Filters,
): boolean {
  if ((f.hiddenKinds as readonly string[]).includes(attrs.kind)) return false;
  const hiddenCurrents = f.hiddenCurrents as readonly string[];
  if (attrs.currents.length > 0 && attrs.currents.every((c) => hiddenCurrents.includes(c))) return false;
  const { start, end } = attrs.years;
  // A work has no end: it exists in the year it appeared.
  const last = end === 'present' ? Infinity : (end ?? start).year;
  return overlaps(start.year, last, f.years);
}

/** Whether a relation passes the filters; the caller also hides it when an endpoint is hidden. */
export function edgeVisible(
  attrs: { relation: string; confidence: Confidence; years: RelationYears },
  f: Filters,
): boolean {
  if ((f.hiddenRelations as readonly string[]).includes(attrs.relation)) return false;
  if (CONFIDENCE_LEVELS.indexOf(attrs.confidence) > CONFIDENCE_LEVELS.indexOf(f.minConfidence)) return false;
  // Undated relations have no year to fall outside the window, so they stay. An act (authorship,
  // a founding) dated by its start alone happened that year; a state (membership) runs on.
  const { start, end } = attrs.years;
  const instant = attrs.relation in RELATIONS && 'instant' in RELATIONS[attrs.relation as Relation];
  const last = end?.year ?? (instant && start ? start.year : Infinity);
  return overlaps(start?.year ?? -Infinity, last, f.years);
}

/** Adds the value when absent, removes it when present; returns a new sorted list. */
export function toggle<T>(list: readonly T[], value: T): T[] {
  const next = list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
  return next.sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
}

/** One line saying what is filtered, for captions under exported images. */
export function describeFilters(f: Filters): string {
  const parts: string[] = [];
  const kinds = NODE_KINDS.filter((k) => f.hiddenKinds.includes(k)).map((k) => KIND_LABELS[k].many.toLowerCase());
  if (kinds.length > 0) parts.push(`Hidden kinds: ${kinds.join(', ')}`);
  const currents = CURRENT_KEYS.filter((c) => f.hiddenCurrents.includes(c)).map((c) => CURRENTS[c]);
  if (currents.length > 0) parts.push(`Hidden currents: ${currents.join(', ')}`);
  const relations = RELATION_KEYS.filter((r) => f.hiddenRelations.includes(r)).map((r) => RELATIONS[r].label);
  if (relations.length > 0) parts.push(`Hidden relations: ${relations.join(', ')}`);
  if (f.minConfidence !== DEFAULT_FILTERS.minConfidence) parts.push(`Minimum confidence: ${f.minConfidence}`);
  if (f.years !== null) parts.push(`Years ${f.years.from}–${f.years.to}`);
  return parts.length > 0 ? parts.join(' · ') : 'No filters';
}

/** Totals shown next to each filter checkbox. */
export interface FilterCounts {
  kinds: Record<NodeKind, number>;
  currents: Record<string, number>;
  relations: Record<string, number>;
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** Counts nodes per kind and per current, and relations per type, over the whole graph. */
export function countAll(graph: Graph<NodeAttributes, EdgeAttributes>): FilterCounts {
  const counts: FilterCounts = {
    kinds: zeroes(NODE_KINDS),
    currents: zeroes(CURRENT_KEYS),
    relations: zeroes(RELATION_KEYS),
  };
  graph.forEachNode((_node, attrs) => {
    if (attrs.kind in counts.kinds) counts.kinds[attrs.kind as NodeKind] += 1;
    for (const current of attrs.currents) counts.currents[current] = (counts.currents[current] ?? 0) + 1;
  });
  graph.forEachEdge((_edge, attrs) => {
    counts.relations[attrs.relation] = (counts.relations[attrs.relation] ?? 0) + 1;
  });
  return counts;
}
