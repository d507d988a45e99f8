// What the timeline strip draws: for each year, the relations active that year, counted by relation
// family, with those whose dates are qualified (c., before, after) counted apart so the strip can
// hatch them. Pure: no DOM, no Svelte.
import type { Graph, GraphEdgeAttributes } from '../model/graph-type';
import type { RelationYears } from '../model/types';
import { RELATION_FAMILIES, RELATIONS, type Relation, type RelationFamily } from '../model/vocabulary';
import { edgeVisible, nodeInterval, nodeVisible, relationInterval, type Filters } from './filters';
import type { ProvenanceIndex } from './provenance';
import type { YearWindow } from './timeline';

/** One year of the strip: relations active that year, per family, exactly dated or not. */
export interface YearActivity {
  year: number;
  total: number;
  exact: Record<RelationFamily, number>;
  /** Relations whose start or end year is qualified (circa, before or after). */
  qualified: Record<RelationFamily, number>;
}

/** One piece of a year's stacked bar, in counts from the baseline. */
export interface BarSegment { family: RelationFamily; qualified: boolean; y0: number; y1: number }

/** Whether either year of a relation is approximate: circa, before or after. */
export function isQualified(years: RelationYears): boolean {
  return (years.start?.qualifier ?? 'exact') !== 'exact' || (years.end?.qualifier ?? 'exact') !== 'exact';
}

const FAMILY_INDEX = new Map<string, number>(RELATION_FAMILIES.map((f, i) => [f, i]));
/** Counters per year: family index × 2 + (1 when qualified). */
const SLOTS = RELATION_FAMILIES.length * 2;

const zeroes = () => Object.fromEntries(RELATION_FAMILIES.map((f) => [f, 0])) as Record<RelationFamily, number>;

/**
 * The relations active in each year of `span`, under every filter but the year window.
 *
 * A relation is active in year Y when it passes the other filters, both its ends do, and Y lies in
 * its own years (filters.ts `relationInterval`: an act dated by its start alone holds that year
 * only, a state with no end year runs on) and in the years of both its ends (`nodeInterval`). That
 * is exactly the set the map shows for the one-year window Y–Y, so a bar's height is what the map
 * would show for that year (a unit test checks it year by year on the bundled data).
 */
export function yearActivity(graph: Graph, filters: Filters, provenance: ProvenanceIndex | null, span: YearWindow): YearActivity[] {
  const count = activityCounter(graph, filters, provenance, span);
  graph.forEachEdge(count.add);
  return count.result();
}

/** The count behind `yearActivity` (activity-sliced.ts runs it a slice at a time). */
export function activityCounter(graph: Graph, filters: Filters, provenance: ProvenanceIndex | null, span: YearWindow) {
  const others: Filters = { ...filters, years: null };
  const passes = new Map<string, [number, number] | null>();
  const nodeYears = (node: string) => {
    let interval = passes.get(node);
    if (interval === undefined) {
      const attrs = graph.getNodeAttributes(node);
      // A node of an opened graph without years is judged by its relations alone.
      interval = !nodeVisible(attrs, others) ? null : attrs.years ? nodeInterval(attrs.years) : [-Infinity, Infinity];
      passes.set(node, interval);
    }
    return interval;
  };
  // Per year and slot (family × exact/qualified), a running sum: +1 where a relation's years begin,
  // -1 the year after they end. One pass over the relations and one over the years, whatever their
  // spans (a bin per relation-year, as d3-array's `bin` would take, is relations × years: half a
  // second at 40k relations).
  const years = Math.max(0, span.to - span.from + 1);
  const steps = new Int32Array((years + 1) * SLOTS);
  const add = (edge: string, attrs: GraphEdgeAttributes, source: string, target: string) => {
    const s = nodeYears(source);
    const t = nodeYears(target);
    if (!s || !t || !edgeVisible(attrs, others, { key: edge, provenance })) return;
    const [start, end] = relationInterval(attrs.relation, attrs.years);
    const from = Math.max(start, s[0], t[0], span.from);
    const to = Math.min(end, s[1], t[1], span.to);
    if (from > to) return;
    const family = attrs.relation in RELATIONS ? RELATIONS[attrs.relation as Relation].family : undefined;
    const slot = (FAMILY_INDEX.get(family ?? '') ?? 0) * 2 + (isQualified(attrs.years) ? 1 : 0);
    steps[(from - span.from) * SLOTS + slot] += 1;
    steps[(to - span.from + 1) * SLOTS + slot] -= 1;
  };
  const result = (): YearActivity[] => {
    const running = new Int32Array(SLOTS);
    const out: YearActivity[] = [];
    for (let i = 0; i < years; i++) {
      const exact = zeroes();
      const qualified = zeroes();
      let total = 0;
      for (let slot = 0; slot < SLOTS; slot++) {
        running[slot] += steps[i * SLOTS + slot];
        const count = running[slot];
        if (!count) continue;
        total += count;
        const family = RELATION_FAMILIES[slot >> 1];
        if (slot & 1) qualified[family] += count;
        else exact[family] += count;
      }
      out.push({ year: span.from + i, total, exact, qualified });
    }
    return out;
  };
  return { add, result };
}

/** A year's bar as stacked segments: family by family in vocabulary order, each exact part under its qualified part. */
export function stackYear(activity: YearActivity): BarSegment[] {
  const segments: BarSegment[] = [];
  let y = 0;
  for (const family of RELATION_FAMILIES) {
    for (const qualified of [false, true]) {
      const count = (qualified ? activity.qualified : activity.exact)[family];
      if (count === 0) continue;
      segments.push({ family, qualified, y0: y, y1: y + count });
      y += count;
    }
  }
  return segments;
}
