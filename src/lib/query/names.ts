// Names over time: which of a node's dated names (`names` in the data) is in force for a year, a
// span of years, a relation or the time window. In the year of a change the new name is in force
// ("League of Communists of Yugoslavia" in 1952). Over a span, the name in force for most of its
// years wins (the later one on a tie), counting only years the node existed: a window of
// 1950–1955 calls the Yugoslav party the League (four years of six), one of 1936–1939 calls the
// Soviet party the All-Union Communist Party (Bolsheviks).
import type { Graph } from '../model/graph-type';
import type { DatedName, NodeYears, RelationYears } from '../model/types';
import { relationInterval } from './filters';
import type { YearWindow } from './timeline';

/** A run of years under one name: [from, to], inclusive, either end possibly infinite. */
interface Run { label: string; from: number; to: number }

/** The node's years cut into runs of one name each; years no dated name covers go to `label`. */
function runsOf(label: string, names: readonly DatedName[]): Run[] {
  const runs: Run[] = [];
  let cursor = -Infinity;
  names.forEach((name, i) => {
    const next = names[i + 1];
    if (name.from > cursor) runs.push({ label, from: cursor, to: name.from - 1 });
    // A shared year of change belongs to the later name.
    const to = Math.min(name.to ?? Infinity, next ? next.from - 1 : Infinity);
    runs.push({ label: name.label, from: Math.max(name.from, cursor), to });
    cursor = to + 1;
  });
  runs.push({ label, from: cursor, to: Infinity });
  return runs.filter((run) => run.from <= run.to);
}

/** The first and last year a node existed (a work exists in its year; "present" runs on). */
function lifeOf(years: NodeYears): [number, number] {
  const end = years.end === 'present' ? Infinity : (years.end ?? years.start).year;
  return [years.start.year, end];
}

/** The name in force in one year: a dated name, or `label` where none covers it. */
export function nameInYear(label: string, names: readonly DatedName[] | undefined, year: number): string {
  if (!names?.length) return label;
  return runsOf(label, names).find((run) => run.from <= year && year <= run.to)?.label ?? label;
}

/**
 * The name in force over most of the years `from`–`to` that the node existed; a tie goes to the
 * later name. A span wholly outside the node's life takes the name of the life's nearer end.
 */
export function nameOver(label: string, names: readonly DatedName[] | undefined, years: NodeYears, from: number, to: number): string {
  if (!names?.length) return label;
  const [born, died] = lifeOf(years);
  const lo = Math.max(from, born);
  const hi = Math.min(to, died);
  if (lo > hi) return nameInYear(label, names, from > died ? died : born);
  const total = new Map<string, number>();
  let best = label;
  let most = -1;
  for (const run of runsOf(label, names)) {
    const overlap = Math.min(hi, run.to) - Math.max(lo, run.from) + 1;
    if (!(overlap > 0)) continue;
    const sum = (total.get(run.label) ?? 0) + overlap;
    total.set(run.label, sum);
    // Runs come in order of time, so `>=` hands a tie to the later name.
    if (sum >= most) { most = sum; best = run.label; }
  }
  return best;
}

/** What a node's name depends on: its label, dated names and years (an opened graph's nodes may have no years, nor names). */
export interface Named { label: string; names?: readonly DatedName[]; years?: NodeYears }

/** A node's name for the time window (its label when no window is set). */
export function nameForWindow(node: Named, window: YearWindow | null): string {
  return window && node.years ? nameOver(node.label, node.names, node.years, window.from, window.to) : node.label;
}

/**
 * A node's name in one of its relations: the name in force over the years the relation held,
 * within the window when one is set ("Member of the Communist Party of Yugoslavia, 1937–1948").
 * An open end runs no further than the life of the relation's other end (`other`, when given): a
 * repression of Trotsky "from 1927" names the party of 1927–1940, not of the decades after his death.
 */
export function nameInRelation(node: Named, relation: string, years: RelationYears, window: YearWindow | null,
  other?: NodeYears): string {
  if (!node.names?.length || !node.years) return node.label;
  let [from, to] = relationInterval(relation, years);
  if (other) {
    const [born, died] = lifeOf(other);
    if (from <= died && to >= born) [from, to] = [Math.max(from, born), Math.min(to, died)];
  }
  if (window && from <= window.to && to >= window.from) {
    from = Math.max(from, window.from);
    to = Math.min(to, window.to);
  } else if (window && from === -Infinity && to === Infinity) {
    return nameForWindow(node, window);
  }
  return nameOver(node.label, node.names, node.years, from, to);
}

/** A relation's end named as it was called while the relation held (see nameInRelation), in a graph. */
export function nameAtEnd(graph: Graph, node: string, edge: string, window: YearWindow | null): string {
  const other = graph.source(edge) === node ? graph.target(edge) : graph.source(edge);
  const { relation, years } = graph.getEdgeAttributes(edge);
  return nameInRelation(graph.getNodeAttributes(node), relation, years, window, graph.getNodeAttribute(other, 'years'));
}

/** Every node whose name in the window differs from its label, with that name (empty without a window). */
export function namesInForce(graph: Graph, window: YearWindow | null): Map<string, string> {
  const names = new Map<string, string>();
  if (!window) return names;
  graph.forEachNode((node, attributes) => {
    if (!attributes.names?.length) return;
    const name = nameForWindow(attributes, window);
    if (name !== attributes.label) names.set(node, name);
  });
  return names;
}
