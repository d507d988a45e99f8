// The vocabulary an opened graph brings: its kinds (a `kind`, `type`, `category`… attribute), its
// relation types (`relation`, `kind`, `type`, `label`…), confidence when every graded relation uses
// the app's three levels, and for every other attribute its type, its filter (categories with counts,
// or a numeric range) and whether search reads it. A graph whose kinds and relations are all the app's
// own (the output of `npm run data:json`) keeps the app's vocabulary.
import type { Facet, FieldSpec, FieldType, GraphVocabulary, KindEntry, RelationEntry } from '../model/graph-vocabulary';
import { NATIVE_VOCABULARY, safeLink } from '../model/graph-vocabulary';
import { CONFIDENCE_LEVELS, NODE_KINDS, RELATIONS } from '../model/vocabulary';
import type { ForeignGraph, Value } from './foreign';

const KIND_NAMES = ['kind', 'type', 'category', 'class', 'group'];
const RELATION_NAMES = ['relation', 'kind', 'type', 'label', 'predicate', 'relationship'];
/** More distinct values than this and an attribute is not a kind, a relation type or a category. */
const MAX_CATEGORIES = { kinds: 40, relations: 60, facet: 30 };
const MAX_FACETS = 16;

/** The attribute (case-insensitive) that names kinds or relation types, if one fits. */
function categoryAttribute(items: { attributes: Map<string, Value> }[], names: string[], max: number): string | null {
  for (const wanted of names) {
    let found: string | null = null;
    const values = new Set<string>();
    for (const item of items) {
      for (const [key, value] of item.attributes) {
        if (key.toLowerCase() !== wanted) continue;
        found ??= key;
        if (typeof value === 'string' && value.trim()) values.add(value.trim());
        else if (value !== null && value !== undefined && typeof value !== 'number') { values.add('\u0000'); }
      }
      if (values.size > max || values.has('\u0000')) break;
    }
    if (found && values.size > 0 && values.size <= max && !values.has('\u0000')) return found;
  }
  return null;
}

/** Values of an attribute by frequency, most frequent first. */
function tally(values: Iterable<string>): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

/** The commonest colour of each category, if the file colours them. */
function commonColors(items: { color?: string }[], categoryOf: (i: number) => string): Map<string, string> {
  const byCategory = new Map<string, Map<string, number>>();
  items.forEach((item, i) => {
    if (!item.color) return;
    const c = categoryOf(i);
    const colors = byCategory.get(c) ?? new Map<string, number>();
    colors.set(item.color, (colors.get(item.color) ?? 0) + 1);
    byCategory.set(c, colors);
  });
  return new Map([...byCategory].map(([c, colors]) => [c, [...colors].sort((a, b) => b[1] - a[1])[0][0]]));
}

/** A value as the panel and filters read it: text, a number, yes/no or a list of texts. */
export function dataValue(value: Value): string | number | boolean | string[] | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.slice(0, 1000).map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '').slice(0, 10_000));
  const text = JSON.stringify(value);
  return text === undefined ? null : text.slice(0, 10_000);
}

function fieldType(values: (string | number | boolean | string[])[]): FieldType {
  if (values.every((v) => typeof v === 'number')) return 'number';
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.some((v) => Array.isArray(v))) return 'list';
  if (values.every((v) => typeof v === 'string' && safeLink(v) !== null)) return 'link';
  return 'text';
}

/** Fields, facets and search fields of one kind of item (nodes or edges). */
function describeAttributes(items: { data: Record<string, string | number | boolean | string[]> }[], on: 'node' | 'edge') {
  const columns = new Map<string, (string | number | boolean | string[])[]>();
  for (const item of items) for (const key of Object.keys(item.data)) {
    let column = columns.get(key);
    if (!column) columns.set(key, (column = []));
    column.push(item.data[key]);
  }
  const fields: FieldSpec[] = [];
  const facets: Facet[] = [];
  const search: string[] = [];
  for (const [key, values] of columns) {
    const type = fieldType(values);
    fields.push({ key, type });
    if (type === 'number') {
      const numbers = values as number[];
      let min = Infinity, max = -Infinity;
      for (const n of numbers) { if (n < min) min = n; if (n > max) max = n; }
      if (max > min) facets.push({ key, on, type: 'numeric', min, max, integer: numbers.every(Number.isInteger) });
      continue;
    }
    const texts = type === 'list' ? values.flatMap((v) => (Array.isArray(v) ? v : [String(v)])) : values.map(String);
    const counts = tally(texts);
    // A category worth filtering by: a few values, some shared by several nodes.
    if (type !== 'link' && counts.length >= 2 && counts.length <= MAX_CATEGORIES.facet && counts[0].count > 1 && counts.every((c) => c.value.length <= 80)) {
      facets.push({ key, on, type: 'categorical', values: counts });
    } else if (type === 'text' && on === 'node') search.push(key);
  }
  return { fields, facets, search };
}

/** Which attributes of the file play which part (the rest stay attributes). */
export interface Roles { kind: string | null; relation: string | null; confidence: boolean; native: boolean }

/** Finds the kind and relation attributes, whether confidence is graded, and whether the graph is in the app's own vocabulary. */
export function findRoles(graph: ForeignGraph): Roles {
  const kind = categoryAttribute(graph.nodes, KIND_NAMES, MAX_CATEGORIES.kinds);
  const relation = categoryAttribute(graph.edges, RELATION_NAMES, MAX_CATEGORIES.relations);
  let graded = 0;
  let confidence = true;
  for (const edge of graph.edges) {
    const c = edge.attributes.get('confidence');
    if (c === undefined) continue;
    graded++;
    if (!(CONFIDENCE_LEVELS as readonly unknown[]).includes(c)) { confidence = false; break; }
  }
  confidence &&= graded > 0;
  const native = kind !== null && relation !== null
    && graph.nodes.every((n) => (NODE_KINDS as readonly unknown[]).includes(n.attributes.get(kind)))
    && graph.edges.every((e) => Object.hasOwn(RELATIONS, String(e.attributes.get(relation))));
  return { kind, relation, confidence, native };
}

/** The vocabulary of an opened graph, from its nodes' kinds and edges' relations and data. */
export function buildVocabulary(args: {
  roles: Roles; kinds: string[]; relations: string[]; nodeColors: { color?: string }[]; edgeColors: { color?: string }[];
  nodes: { data: Record<string, string | number | boolean | string[]> }[]; edges: { data: Record<string, string | number | boolean | string[]> }[];
  metrics: GraphVocabulary['metrics'];
}): GraphVocabulary {
  const { roles, kinds, relations } = args;
  const nodeAttributes = describeAttributes(args.nodes, 'node');
  const edgeAttributes = describeAttributes(args.edges, 'edge');
  const extra = {
    metrics: args.metrics, nodeFields: nodeAttributes.fields, edgeFields: edgeAttributes.fields,
    facets: [...nodeAttributes.facets, ...edgeAttributes.facets].slice(0, MAX_FACETS), searchFields: nodeAttributes.search,
  };
  if (roles.native) return { ...NATIVE_VOCABULARY, ...extra, confidence: roles.confidence };
  const kindColors = commonColors(args.nodeColors, (i) => kinds[i]);
  const relationColors = commonColors(args.edgeColors, (i) => relations[i]);
  const kindEntries: KindEntry[] = tally(kinds).map(({ value }) => ({ key: value, one: value, many: value, color: kindColors.get(value) }));
  const relationEntries: RelationEntry[] = tally(relations).map(({ value }) => ({
    key: value, label: value, inverse: `${value} (incoming)`, family: value, instant: false, meaning: '', color: relationColors.get(value),
  }));
  return {
    native: false, kinds: kindEntries, relations: relationEntries, families: relationEntries.map((r) => ({ key: r.key, label: r.label })),
    currents: [], confidence: roles.confidence, ...extra,
  };
}
