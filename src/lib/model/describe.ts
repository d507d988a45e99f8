// Words for years and relations, as the biography panel and exports write them.
import type { Graph } from './graph-type';
import type { DatedName, NodeYears, RelationYears, YearPoint } from './types';
import { relationOf, vocabularyOf } from './graph-vocabulary';

function point(p: YearPoint): string {
  switch (p.qualifier ?? 'exact') {
    case 'circa': return `c. ${p.year}`;
    case 'before': return `before ${p.year}`;
    case 'after': return `after ${p.year}`;
    default: return String(p.year);
  }
}

/** "1903–1950", "1949" (a work), "1954–present", "c. 1880–1921"; "" for a node of an opened graph without years. */
export function formatNodeYears(years: NodeYears | undefined): string {
  if (!years) return '';
  if (years.end === undefined) return point(years.start);
  if (years.end === 'present') return `${point(years.start)}–present`;
  if (years.end.year === years.start.year && (years.end.qualifier ?? 'exact') === (years.start.qualifier ?? 'exact')) {
    return point(years.start);
  }
  return `${point(years.start)}–${point(years.end)}`;
}

/** "1936–1937", "from 1936", "until 1940", "1938" (an act, or a one-year span), or "" when undated. */
export function formatRelationYears(years: RelationYears, instant = false): string {
  const { start, end } = years;
  if (start && end) return start.year === end.year && start.qualifier === end.qualifier ? point(start) : `${point(start)}–${point(end)}`;
  if (start) return instant ? point(start) : `from ${point(start)}`;
  if (end) return `until ${point(end)}`;
  return '';
}

/**
 * A node's names over time, oldest first: "Communist Party of Yugoslavia, 1920–1952 · League of
 * Communists of Yugoslavia, 1952–1990". A name without an end runs to the node's own end.
 */
export function formatDatedNames(names: readonly DatedName[], years: NodeYears): string {
  return datedNameLines(names, years).join(' · ');
}

/** Each of a node's names with its years, one string per name ("Communist Party USA, 1929–present"). */
export function datedNameLines(names: readonly DatedName[], years: NodeYears): string[] {
  const end = years.end === 'present' ? 'present' : years.end ? point(years.end) : '';
  return names.map((name) => {
    const to = name.to !== undefined ? String(name.to) : end;
    return `${name.label}, ${to && to !== String(name.from) ? `${name.from}–${to}` : name.from}`;
  });
}

/** One relation seen from one of its ends. */
export interface RelationLine {
  edge: string;
  /** The phrase read from `node`: "Member of", "Edited by". */
  phrase: string;
  other: string;
  otherLabel: string;
  years: string;
  /** '' when the graph grades no relation. */
  confidence: string;
  relation: string;
}

export interface RelationGroup {
  phrase: string;
  lines: RelationLine[];
}

/** How a relation reads from one of its ends: "Member of" from the member, "Has member" from the party. */
export function phraseFrom(graph: Graph, edge: string, from: string): string {
  const attributes = graph.getEdgeAttributes(edge);
  const spec = relationOf(vocabularyOf(graph), attributes.relation);
  return graph.source(edge) === from || !attributes.directed ? spec.label : spec.inverse;
}

/** The years of a relation in words, as the panel shows them. */
export function relationYears(graph: Graph, edge: string): string {
  const attrs = graph.getEdgeAttributes(edge);
  return formatRelationYears(attrs.years, relationOf(vocabularyOf(graph), attrs.relation).instant);
}

/** A relation as a claim, read from its source: "George Orwell member of POUM, 1936–1937". */
export function claimSentence(graph: Graph, edge: string): string {
  const attrs = graph.getEdgeAttributes(edge);
  const years = relationYears(graph, edge);
  const verb = relationOf(vocabularyOf(graph), attrs.relation).label.toLowerCase();
  return `${graph.getNodeAttribute(graph.source(edge), 'label')} ${verb} ${graph.getNodeAttribute(graph.target(edge), 'label')}${years ? `, ${years}` : ''}`;
}

/** "Member of POUM, 1936–1937". */
export function relationSentence(line: RelationLine): string {
  return `${line.phrase} ${line.otherLabel}${line.years ? `, ${line.years}` : ''}`;
}

/**
 * The relations of a node, grouped by phrase in vocabulary order, each group sorted by start year
 * then label. `include` lets the caller drop relations hidden by filters; `nameOf` names the other
 * end in a relation (by default its label; the panel gives the name in force in the relation's years).
 */
export function relationsOf(graph: Graph, node: string, include: (edge: string) => boolean = () => true,
  nameOf: (other: string, edge: string) => string = (other) => graph.getNodeAttribute(other, 'label')): RelationGroup[] {
  const groups = new Map<string, { order: number; lines: (RelationLine & { start: number })[] }>();
  const order = vocabularyOf(graph).relations.map((r) => r.key);
  graph.forEachEdge(node, (edge, attrs, source, target) => {
    if (!include(edge)) return;
    const outgoing = source === node;
    const other = outgoing ? target : source;
    const phrase = phraseFrom(graph, edge, node);
    const key = phrase;
    const rank = order.indexOf(attrs.relation) * 2 + (outgoing ? 0 : 1);
    if (!groups.has(key)) groups.set(key, { order: rank, lines: [] });
    groups.get(key)!.lines.push({
      edge, phrase, other, otherLabel: nameOf(other, edge),
      years: relationYears(graph, edge), confidence: attrs.confidence ?? '', relation: attrs.relation,
      start: attrs.years.start?.year ?? attrs.years.end?.year ?? 9999,
    });
  });
  return [...groups.entries()]
    .sort((a, b) => a[1].order - b[1].order)
    .map(([phrase, g]) => ({
      phrase,
      lines: g.lines
        .sort((a, b) => a.start - b.start || a.otherLabel.localeCompare(b.otherLabel))
        .map(({ start: _start, ...line }) => line),
    }));
}
