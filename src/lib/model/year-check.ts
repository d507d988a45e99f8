// The validator's year checks across a relation and its two ends: a relation cannot begin before
// either end existed, nor run on after one had ended, unless a named rule of its RELATIONS entry
// (vocabulary.ts) allows it. Qualified years are read as ranges, so only a contradiction that
// holds however the qualifier is read is reported.
import type { AtlasNode, AtlasRelation, NodeYears, YearPoint } from './types';
import type { RelationSpec } from './vocabulary';

/**
 * How many years either side of a "circa" year may be meant. Two: the sources in this dataset give
 * "c." for a year or two of doubt (a group that formed "around 1936"), not for a decade.
 */
export const CIRCA_TOLERANCE = 2;

/**
 * The earliest and latest year a year point can mean: exact is itself; circa is ± CIRCA_TOLERANCE;
 * "before 1930" is 1930 at the latest and "after 1952" 1952 at the earliest (read inclusively, so
 * the benefit of the doubt goes to the data).
 */
export function yearRange(point: YearPoint): [number, number] {
  const { year } = point;
  switch (point.qualifier ?? 'exact') {
    case 'circa': return [year - CIRCA_TOLERANCE, year + CIRCA_TOLERANCE];
    case 'before': return [-Infinity, year];
    case 'after': return [year, Infinity];
    default: return [year, year];
  }
}

/** True when `a` is earlier than `b` however their qualifiers are read. */
export function surelyBefore(a: YearPoint, b: YearPoint): boolean {
  return yearRange(a)[1] < yearRange(b)[0];
}

/** A year as the data states it: "1933", "c. 1933", "before 1933", "after 1933". */
export function formatPoint(point: YearPoint): string {
  const q = point.qualifier ?? 'exact';
  return q === 'exact' ? String(point.year) : `${q === 'circa' ? 'c.' : q} ${point.year}`;
}

/** The year as a phrase after a verb: "in 1933", "in c. 1933", "before 1933", "after 1933". */
function inPoint(point: YearPoint): string {
  const q = point.qualifier ?? 'exact';
  return q === 'before' || q === 'after' ? formatPoint(point) : `in ${formatPoint(point)}`;
}

const endOf = (years: NodeYears): YearPoint | undefined => (years.end === 'present' ? undefined : years.end);

/** Reports a problem at a field of the relation (`years`, `years.start`, `years.end`). */
export type YearReport = (path: readonly PropertyKey[], message: string) => void;

/**
 * Checks a relation's years against its ends' lives. The rules, each waived by a named field of
 * the relation's entry in RELATIONS:
 * - it cannot start (or, with no start, end) before its source began, nor before its target began
 *   (`beforeTargetStart`: writing, and the influence on a book, precede its publication);
 * - a relation whose source must be active (`sourceActive`) cannot start or end after the source
 *   ended: nobody joins, leads or writes after their death (an influence can be posthumous);
 * - it cannot start or end after its target ended (`afterTargetEnd`: a book about the dead);
 *   no membership outlives its organization. `outlivesTarget` lets a relation begun while its
 *   target existed end after it: the trial of a group goes on after the arrests that ended it;
 * - a founding (`startsTarget`) is dated by its target's start: the two years must agree, and an
 *   undated founding takes the target's start year, so nobody founds anything after their death.
 * A work's years are its publication, not a life: a work's end never bounds a relation.
 */
export function checkRelationYears(rel: AtlasRelation, spec: RelationSpec, source: AtlasNode | undefined,
  target: AtlasNode | undefined, report: YearReport): void {
  const targetStart = target?.years.start;
  // An undated founding is dated by what it founded; its problems point at the relation's years.
  const inferred = spec.startsTarget && !rel.years.start && !rel.years.end && targetStart ? targetStart : undefined;
  const points: [field: 'start' | 'end', point: YearPoint, path: readonly string[], verb: string][] = [];
  if (inferred) points.push(['start', inferred, ['years'], `founds '${rel.target}', which began ${inPoint(inferred)}`]);
  if (rel.years.start) points.push(['start', rel.years.start, ['years', 'start'], `starts ${inPoint(rel.years.start)}`]);
  if (rel.years.end) points.push(['end', rel.years.end, ['years', 'end'], `ends ${inPoint(rel.years.end)}`]);
  if (points.length === 0) return;

  const { start } = rel.years;
  if (spec.startsTarget && start && targetStart && (surelyBefore(start, targetStart) || surelyBefore(targetStart, start))) {
    report(['years', 'start'], `a founding dated ${formatPoint(start)}, but target '${rel.target}' began in ${formatPoint(targetStart)}: the two must agree`);
    return;
  }

  const [, first, firstPath, firstVerb] = points[0];
  for (const [side, node] of [['source', source], ['target', target]] as const) {
    if (!node || (side === 'target' && (inferred || spec.beforeTargetStart?.includes(node.kind)))) continue;
    if (surelyBefore(first, node.years.start)) {
      report(firstPath, `${firstVerb}, before ${side} '${node.id}' existed (${formatPoint(node.years.start)})`);
    }
  }
  for (const [side, node] of [['source', source], ['target', target]] as const) {
    if (!node || node.kind === 'work') continue;
    const nodeEnd = endOf(node.years);
    const bound = side === 'source' ? spec.sourceActive : !spec.afterTargetEnd?.includes(node.kind);
    if (!nodeEnd || !bound) continue;
    const mayEndAfter = side === 'target' && spec.outlivesTarget?.includes(node.kind);
    // The first year past the node's end is reported; a later end says nothing more.
    const late = points.find(([field, point]) => !(mayEndAfter && field === 'end') && surelyBefore(nodeEnd, point));
    if (late) report(late[2], `${late[3]}, after ${side} '${node.id}' ended (${formatPoint(nodeEnd)})`);
  }
}

/** Reports a problem at a field of the node (`names[1].from`, `aliases[2]`). */
export type NodeReport = (path: readonly PropertyKey[], message: string) => void;

/**
 * Checks a node's dated names: in order of time, each within the node's life, none overlapping
 * the next by more than the year of the change, and none repeated among the aliases (the search
 * reads both, and the first-frame file would carry the name twice).
 */
export function checkNodeNames(node: AtlasNode, report: NodeReport): void {
  const names = node.names;
  if (!names) return;
  const end = endOf(node.years);
  names.forEach((name, i) => {
    const from = { year: name.from };
    if (name.to !== undefined && name.to < name.from) {
      report(['names', i, 'to'], `name '${name.label}' ends (${name.to}) before it starts (${name.from})`);
    }
    if (surelyBefore(from, node.years.start)) {
      report(['names', i, 'from'], `name '${name.label}' starts in ${name.from}, before '${node.id}' existed (${formatPoint(node.years.start)})`);
    }
    const last = name.to ?? name.from;
    if (end && surelyBefore(end, { year: last })) {
      const field = name.to !== undefined ? 'to' : 'from';
      report(['names', i, field], `name '${name.label}' runs to ${last}, after '${node.id}' ended (${formatPoint(end)})`);
    }
    const before = names[i - 1];
    if (!before) return;
    if (name.from <= before.from) {
      report(['names', i, 'from'], `names are in order of time: '${name.label}' (from ${name.from}) comes after '${before.label}' (from ${before.from})`);
    } else if (before.to !== undefined && before.to > name.from) {
      report(['names', i, 'from'], `name '${name.label}' starts in ${name.from}, while '${before.label}' runs to ${before.to}: two names overlap only in the year of the change`);
    }
  });
  const dated = new Set(names.map((name) => name.label));
  node.aliases.forEach((alias, i) => {
    if (dated.has(alias)) report(['aliases', i], `alias '${alias}' is also a dated name: keep it in names only`);
  });
}
