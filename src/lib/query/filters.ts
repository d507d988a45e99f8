// The filter registry: one entry per filter (what it hides, its default, how a caption and the URL
// say it, and where the legend shows it). Predicates, the URL, the legend and captions all read
// this table, so adding a filter is one entry and its test. The data graph is never touched.
import { NATIVE_VOCABULARY, type DataBag, type GraphVocabulary } from '../model/graph-vocabulary';
import type { NodeYears, RelationYears } from '../model/types';
import {
  CONFIDENCE_LEVELS, CURRENT_KEYS, CURRENTS, KIND_LABELS, NODE_KINDS, RELATION_KEYS, RELATIONS,
  type Confidence, type Current, type NodeKind, type Relation,
} from '../model/vocabulary';
import { describeFacets, facetsPass, isNoFacets, NO_FACETS, decodeFacets, encodeFacets, type FacetFilters } from './facets';
import { describeLens, isNoLens, LENS_KIND_KEYS, lensPasses, NO_LENS, type Provenance, type ProvenanceIndex } from './provenance';

/** The user's filter choices; everything not hidden is shown. */
export interface Filters {
  /** Kinds of node hidden (keys of the graph's vocabulary: an opened graph has its own). */
  hiddenKinds: (NodeKind | string)[];
  /** A node is hidden when it has currents and all of them are hidden; nodes without currents stay. */
  hiddenCurrents: (Current | string)[];
  hiddenRelations: (Relation | string)[];
  /** 'possible' shows all; 'likely' hides 'possible'; 'certain' shows only certain. */
  minConfidence: Confidence;
  /** Timeline window, inclusive; null = all time. */
  years: { from: number; to: number } | null;
  /** The provenance lens: only relations a source, or a kind of source, supports (see provenance.ts). */
  provenance: Provenance;
  /** An opened graph's attribute filters: values hidden, numeric ranges (see facets.ts). */
  facets: FacetFilters;
}
export type FilterKey = keyof Filters;

/** The attributes a node predicate may read (opened datasets may carry values outside the vocabulary). */
export interface NodeFacts { kind: string; currents: readonly string[]; years?: NodeYears; data?: DataBag }
/** The attributes a relation predicate may read. */
export interface EdgeFacts { relation: string; confidence?: Confidence; years: RelationYears; data?: DataBag }
/**
 * What a relation predicate may read besides the relation's attributes: its key, and the evidence
 * (null until texts.json has loaded; a filter that needs it lets every relation pass until then).
 */
export interface EdgeContext { key: string; provenance: ProvenanceIndex | null }
const NO_CONTEXT: EdgeContext = { key: '', provenance: null };

/** How a caption names what a filter holds by id (a source); by default, the id itself. */
export interface FilterNames { source(id: string): string }
const BY_ID: FilterNames = { source: (id) => id };

/** Reads the URL parameters a filter owns; `notices` collects what was ignored and why. */
export type ParamReader = (param: string) => string | undefined;

/** One filter: everything the app knows about it. */
export interface FilterSpec<K extends FilterKey = FilterKey> {
  key: K;
  default: Filters[K];
  isDefault(value: Filters[K]): boolean;
  /** Whether a node passes, judged on its own attributes; absent = the filter does not hide nodes. */
  node?(attrs: NodeFacts, value: Filters[K]): boolean;
  /** Whether a relation passes; absent = the filter does not hide relations. */
  edge?(attrs: EdgeFacts, value: Filters[K], context: EdgeContext): boolean;
  /** A caption's words for a non-default value; `names` spells out ids the filter holds. */
  describe(value: Filters[K], names: FilterNames): string;
  /** The URL parameters this filter owns, in the order they are written. */
  params: readonly string[];
  /** Parameter values for a non-default value, one per param (undefined = not written). */
  encode(value: Filters[K]): (string | undefined)[];
  /** The value the URL gives (undefined = keep the default); bad parts are named in `notices`. */
  decode(read: ParamReader, notices: string[], vocabulary: GraphVocabulary): Filters[K] | undefined;
  /** Where the legend shows it, and in which order. */
  legend: { section: 'kinds' | 'confidence' | 'years' | 'relations' | 'currents' | 'sources' | 'facets'; order: number };
}

// Long garbage values are cut so a notice stays one readable line.
export function quote(value: string): string {
  return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
}

function oneOf<T extends string>(options: readonly T[], value: string): value is T {
  return (options as readonly string[]).includes(value);
}

/** A "hide these values" filter over a fixed vocabulary. */
function hiddenList<K extends 'hiddenKinds' | 'hiddenCurrents' | 'hiddenRelations'>(spec: {
  key: K; param: string; what: string; options(vocabulary: GraphVocabulary): readonly string[]; words(values: Filters[K]): string;
  node?: FilterSpec<K>['node']; edge?: FilterSpec<K>['edge']; legend: FilterSpec<K>['legend'];
}): FilterSpec<K> {
  return {
    key: spec.key,
    default: [] as unknown as Filters[K],
    isDefault: (value) => value.length === 0,
    node: spec.node,
    edge: spec.edge,
    describe: spec.words,
    params: [spec.param],
    // Twice: the address bar decodes once, and a kind of an opened graph may hold a comma.
    encode: (value) => [value.map((v) => encodeURIComponent(encodeURIComponent(v))).join(',')],
    decode(read, notices, vocabulary) {
      const raw = read(spec.param);
      if (raw === undefined) return undefined;
      const kept: string[] = [];
      const options = spec.options(vocabulary);
      for (const item of raw.split(',').map((part) => { try { return decodeURIComponent(part); } catch { return part; } })) {
        if (item === '') continue;
        if (!oneOf(options, item)) notices.push(`Unknown ${spec.what} ${quote(item)} in ${spec.param} — ignored.`);
        else if (!kept.includes(item)) kept.push(item);
      }
      return kept as Filters[K];
    },
    legend: spec.legend,
  };
}

function overlaps(start: number, end: number, window: Filters['years']): boolean {
  return window === null || (start <= window.to && end >= window.from);
}

/**
 * The years a node exists, inclusive: birth (or founding) to death (or dissolution); "present" runs
 * on for ever, and a work, which has no end, exists in the year it appeared.
 */
export function nodeInterval(years: NodeYears): [number, number] {
  return [years.start.year, years.end === 'present' ? Infinity : (years.end ?? years.start).year];
}

/**
 * The years a relation holds, inclusive. An act (authorship, a founding) dated by its start alone
 * happened that year; a state (membership, criticism) with no end year runs on (to Infinity); a
 * relation with no start year holds from -Infinity. Qualifiers (c., before, after) do not move a year.
 */
export function relationInterval(relation: string, years: RelationYears): [number, number] {
  const instant = Object.hasOwn(RELATIONS, relation) && !!(RELATIONS[relation as Relation] as { instant?: boolean }).instant;
  const { start, end } = years;
  return [start?.year ?? -Infinity, end?.year ?? (instant && start ? start.year : Infinity)];
}

const YEAR = /^-?\d{1,4}$/;
// The shape of a source id (model/schema.ts's SLUG, not imported: that module brings zod to the first frame).
const SOURCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The values in the vocabulary's order first (the bundled one's), then the others as they are. */
function inOrder(values: readonly string[], order: readonly string[]): string[] {
  return [...order.filter((k) => values.includes(k)), ...values.filter((k) => !order.includes(k))];
}

/** Every filter, in the order the URL writes them. */
export const FILTERS = [
  hiddenList({
    key: 'hiddenKinds', param: 'hide-kinds', what: 'kind', options: (v) => v.kinds.map((k) => k.key),
    words: (v) => `Hidden kinds: ${inOrder(v, NODE_KINDS).map((k) => (Object.hasOwn(KIND_LABELS, k) ? KIND_LABELS[k as NodeKind].many.toLowerCase() : k)).join(', ')}`,
    node: (attrs, hidden) => !(hidden as readonly string[]).includes(attrs.kind),
    legend: { section: 'kinds', order: 0 },
  }),
  hiddenList({
    key: 'hiddenCurrents', param: 'hide-currents', what: 'current', options: (v) => v.currents.map((c) => c.key),
    words: (v) => `Hidden currents: ${inOrder(v, CURRENT_KEYS).map((c) => (Object.hasOwn(CURRENTS, c) ? CURRENTS[c as Current] : c)).join(', ')}`,
    node: (attrs, hidden) => attrs.currents.length === 0 || !attrs.currents.every((c) => (hidden as readonly string[]).includes(c)),
    legend: { section: 'currents', order: 4 },
  }),
  hiddenList({
    key: 'hiddenRelations', param: 'hide-relations', what: 'relation', options: (v) => v.relations.map((r) => r.key),
    words: (v) => `Hidden relations: ${inOrder(v, RELATION_KEYS).map((r) => (Object.hasOwn(RELATIONS, r) ? RELATIONS[r as Relation].label : r)).join(', ')}`,
    edge: (attrs, hidden) => !(hidden as readonly string[]).includes(attrs.relation),
    legend: { section: 'relations', order: 3 },
  }),
  {
    key: 'minConfidence',
    default: 'possible',
    isDefault: (value) => value === 'possible',
    edge: (attrs, min) => CONFIDENCE_LEVELS.indexOf(attrs.confidence ?? 'certain') <= CONFIDENCE_LEVELS.indexOf(min),
    describe: (value) => `Minimum confidence: ${value}`,
    params: ['confidence'],
    encode: (value) => [value],
    decode(read, notices) {
      const raw = read('confidence');
      if (raw === undefined) return undefined;
      if (oneOf(CONFIDENCE_LEVELS, raw)) return raw;
      notices.push(`Unknown confidence ${quote(raw)} in ?confidence= — ignored.`);
      return undefined;
    },
    legend: { section: 'confidence', order: 1 },
  } satisfies FilterSpec<'minConfidence'>,
  {
    key: 'years',
    default: null,
    isDefault: (value) => value === null,
    // A node of an opened graph without years is judged by its relations alone (visibility.ts).
    node: (attrs, window) => !attrs.years || overlaps(...nodeInterval(attrs.years), window),
    // Undated relations have no year to fall outside the window, so they stay.
    edge: (attrs, window) => {
      const [start, end] = relationInterval(attrs.relation, attrs.years);
      return overlaps(start, end, window);
    },
    describe: (window) => (window ? `Years ${window.from}–${window.to}` : ''),
    params: ['from', 'to'],
    encode: (window) => (window ? [String(window.from), String(window.to)] : []),
    decode(read, notices) {
      const years: { from?: number; to?: number } = {};
      for (const param of ['from', 'to'] as const) {
        const raw = read(param);
        if (raw === undefined) continue;
        if (YEAR.test(raw)) years[param] = Number(raw);
        else notices.push(`Malformed year ${quote(raw)} in ?${param}= — ignored.`);
      }
      if (years.from !== undefined && years.to !== undefined) {
        if (years.from <= years.to) return { from: years.from, to: years.to };
        notices.push(`Years from ${years.from} to ${years.to} run backwards — year window ignored.`);
      } else if (years.from !== undefined || years.to !== undefined) {
        notices.push('A year window needs both ?from= and ?to= — year window ignored.');
      }
      return undefined;
    },
    legend: { section: 'years', order: 2 },
  } satisfies FilterSpec<'years'>,
  {
    key: 'provenance',
    default: NO_LENS,
    isDefault: isNoLens,
    edge: (_attrs, lens, context) => context.provenance === null || lensPasses(context.provenance, context.key, lens),
    describe: (lens, names) => describeLens(lens, names.source),
    params: ['source', 'source-kind', 'sources'],
    encode: (lens) => [lens.source ?? undefined, lens.kind ?? undefined, lens.minSources === 2 ? '2' : undefined],
    decode(read, notices) {
      const lens: Provenance = { ...NO_LENS };
      const source = read('source');
      if (source !== undefined) {
        if (SOURCE_ID.test(source) && source.length <= 200) lens.source = source;
        else notices.push(`Malformed source id ${quote(source)} in ?source= — ignored.`);
      }
      const kind = read('source-kind');
      if (kind !== undefined) {
        if (oneOf(LENS_KIND_KEYS, kind)) lens.kind = kind;
        else notices.push(`Unknown kind of source ${quote(kind)} in ?source-kind= (${LENS_KIND_KEYS.join(', ')}) — ignored.`);
      }
      const count = read('sources');
      if (count === '2') lens.minSources = 2;
      else if (count !== undefined && count !== '1') notices.push(`Unknown number of sources ${quote(count)} in ?sources= (1 or 2) — ignored.`);
      return isNoLens(lens) ? undefined : lens;
    },
    legend: { section: 'sources', order: 5 },
  } satisfies FilterSpec<'provenance'>,
  {
    key: 'facets',
    default: NO_FACETS,
    isDefault: isNoFacets,
    node: (attrs, facets) => facetsPass(facets, 'node', attrs.data),
    edge: (attrs, facets) => facetsPass(facets, 'edge', attrs.data),
    describe: describeFacets,
    params: ['hide-values', 'range'],
    encode: encodeFacets,
    decode: (read, notices) => decodeFacets(read, notices),
    legend: { section: 'facets', order: 6 },
  } satisfies FilterSpec<'facets'>,
] as const satisfies readonly FilterSpec[];

/** Looks up a filter's entry by key. */
export function filterSpec<K extends FilterKey>(key: K): FilterSpec<K> {
  return FILTERS.find((spec) => spec.key === key) as unknown as FilterSpec<K>;
}

/** Nothing hidden. */
export const DEFAULT_FILTERS: Filters = Object.freeze(
  Object.fromEntries(FILTERS.map((spec) => [spec.key, spec.default])),
) as unknown as Filters;

const specs = FILTERS as readonly FilterSpec[];
const NODE_SPECS = specs.filter((spec) => spec.node);
const EDGE_SPECS = specs.filter((spec) => spec.edge);

/** True when the filters hide nothing (so the UI can offer no "reset"). */
export function isDefaultFilters(f: Filters): boolean {
  return specs.every((spec) => spec.isDefault(f[spec.key]));
}

/** Whether a node passes the filters, judged on its own attributes. */
export function nodeVisible(attrs: NodeFacts, f: Filters): boolean {
  for (const spec of NODE_SPECS) if (!spec.isDefault(f[spec.key]) && !spec.node!(attrs, f[spec.key])) return false;
  return true;
}

/** Whether a relation passes the filters; the caller also hides it when an endpoint is hidden. */
export function edgeVisible(attrs: EdgeFacts, f: Filters, context: EdgeContext = NO_CONTEXT): boolean {
  for (const spec of EDGE_SPECS) if (!spec.isDefault(f[spec.key]) && !spec.edge!(attrs, f[spec.key], context)) return false;
  return true;
}

/** Adds the value when absent, removes it when present; returns a new sorted list. */
export function toggle<T>(list: readonly T[], value: T): T[] {
  const next = list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
  return next.sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
}

/** One line saying what is filtered, for captions under exported images. */
export function describeFilters(f: Filters, names: FilterNames = BY_ID): string {
  const parts = specs.filter((spec) => !spec.isDefault(f[spec.key])).map((spec) => spec.describe(f[spec.key], names));
  return parts.length > 0 ? parts.join(' · ') : 'No filters';
}

/** The URL parameters of every filter, in writing order. */
export const FILTER_PARAMS: readonly string[] = specs.flatMap((spec) => spec.params);

/** The filters as URL parameters (defaults left out). */
export function encodeFilters(f: Filters): [string, string][] {
  const out: [string, string][] = [];
  for (const spec of specs) {
    if (spec.isDefault(f[spec.key])) continue;
    const values = spec.encode(f[spec.key]);
    spec.params.forEach((param, i) => {
      if (values[i] !== undefined) out.push([param, values[i]]);
    });
  }
  return out;
}

/** The filters a URL asks for; unknown or malformed parts are named in `notices`. */
export function decodeFilters(read: ParamReader, notices: string[], vocabulary: GraphVocabulary = NATIVE_VOCABULARY): Filters {
  const filters = { ...DEFAULT_FILTERS } as Record<FilterKey, unknown>;
  for (const spec of specs) {
    const value = spec.decode(read, notices, vocabulary);
    if (value !== undefined) filters[spec.key] = value;
  }
  return filters as unknown as Filters;
}
