// The vocabulary of the graph on screen: its kinds of node, its relation types and their families,
// its currents, whether relations are graded by confidence, and (for a graph a user opened) its other
// attributes: how the panel types them and which become filters. The bundled atlas's is built from
// vocabulary.ts; an opened graph's comes with it, as the graph attribute `vocabulary`.
import type { MetricKey } from '../analysis/metric-keys';
import { CURRENT_KEYS, CURRENTS, FAMILY_LABELS, KIND_LABELS, NODE_KINDS, RELATION_FAMILIES, RELATIONS } from './vocabulary';

export interface KindEntry { key: string; one: string; many: string; /** The colour the file gives most of its nodes. */ color?: string }
export interface RelationEntry {
  key: string;
  /** Read from source to target ("Member of"), and from target to source ("Has member"). */
  label: string;
  inverse: string;
  family: string;
  /** A dated act: a lone start year reads "1938", not "from 1938". */
  instant: boolean;
  meaning: string;
  color?: string;
}
export interface FamilyEntry { key: string; label: string }

/** How the panel shows an attribute: text, a number, yes/no, a list, or a link (http and https only). */
export type FieldType = 'text' | 'number' | 'boolean' | 'list' | 'link';
export interface FieldSpec { key: string; type: FieldType }

/** A filter built from an attribute: categories with their counts, or a numeric range. */
export type Facet =
  | { key: string; on: 'node' | 'edge'; type: 'categorical'; values: { value: string; count: number }[] }
  | { key: string; on: 'node' | 'edge'; type: 'numeric'; min: number; max: number; integer: boolean };

/** A value of an opened graph's attribute, as the panel, filters and search read it. */
export type DataValue = string | number | boolean | string[];
/** An opened node's or relation's other attributes (a null-prototype object: any name is plain data). */
export type DataBag = Record<string, DataValue>;

export interface GraphVocabulary {
  /** True for the app's own vocabulary (the bundled atlas, and files in its format). */
  native: boolean;
  kinds: KindEntry[];
  relations: RelationEntry[];
  families: FamilyEntry[];
  currents: { key: string; label: string }[];
  /** Relations carry a confidence (certain, likely, possible). */
  confidence: boolean;
  /** The metrics computed for this graph (betweenness is skipped on large graphs). */
  metrics: MetricKey[];
  nodeFields: FieldSpec[];
  edgeFields: FieldSpec[];
  facets: Facet[];
  /** Text attributes that search reads besides labels and aliases. */
  searchFields: string[];
}

/** The bundled atlas's vocabulary. */
export const NATIVE_VOCABULARY: GraphVocabulary = Object.freeze<GraphVocabulary>({
  native: true,
  kinds: NODE_KINDS.map((key): KindEntry => ({ key, ...KIND_LABELS[key] })),
  relations: Object.entries(RELATIONS).map(([key, spec]): RelationEntry => ({
    key, label: spec.label, inverse: spec.inverse, family: spec.family, instant: 'instant' in spec && spec.instant === true, meaning: spec.meaning,
  })),
  families: RELATION_FAMILIES.map((key) => ({ key, label: FAMILY_LABELS[key] })),
  currents: CURRENT_KEYS.map((key) => ({ key, label: CURRENTS[key] as string })),
  confidence: true,
  metrics: ['degree', 'pagerank', 'betweenness'],
  nodeFields: [],
  edgeFields: [],
  facets: [],
  searchFields: [],
});

interface Indexed { kinds: Map<string, KindEntry>; relations: Map<string, RelationEntry>; families: Map<string, FamilyEntry>; currents: Map<string, string> }
const INDEXES = new WeakMap<GraphVocabulary, Indexed>();

function indexed(v: GraphVocabulary): Indexed {
  let found = INDEXES.get(v);
  if (!found) {
    found = {
      kinds: new Map(v.kinds.map((k) => [k.key, k])),
      relations: new Map(v.relations.map((r) => [r.key, r])),
      families: new Map(v.families.map((f) => [f.key, f])),
      currents: new Map(v.currents.map((c) => [c.key, c.label])),
    };
    INDEXES.set(v, found);
  }
  return found;
}

/** The vocabulary of a graph: its own, or the bundled one. */
export function vocabularyOf(graph: { getAttribute(name: 'vocabulary'): unknown }): GraphVocabulary {
  return (graph.getAttribute('vocabulary') as GraphVocabulary | undefined) ?? NATIVE_VOCABULARY;
}

/** A kind's entry; a kind the vocabulary does not list reads as itself. */
export function kindOf(v: GraphVocabulary, key: string): KindEntry {
  return indexed(v).kinds.get(key) ?? { key, one: key, many: key };
}

/** A relation type's entry; a type the vocabulary does not list reads as itself. */
export function relationOf(v: GraphVocabulary, key: string): RelationEntry {
  return indexed(v).relations.get(key) ?? { key, label: key, inverse: `${key} (incoming)`, family: key, instant: false, meaning: '' };
}

/** A family's entry. */
export function familyOf(v: GraphVocabulary, key: string): FamilyEntry {
  return indexed(v).families.get(key) ?? { key, label: key };
}

/** A current's name (its key when unknown). */
export function currentName(v: GraphVocabulary, key: string): string {
  return indexed(v).currents.get(key) ?? key;
}

/** A link target from a file's value: only http and https addresses, never `javascript:` or `data:`. */
export function safeLink(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2000) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
