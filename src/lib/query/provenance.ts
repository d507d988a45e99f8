// The provenance lens: which relations a chosen source, or a kind of source, supports, and which
// rest on at least two independent sources. Pure: it reads the evidence (source ids per relation,
// from texts.json) and the bibliography's types, never the graph.
import type { Evidence, Source } from '../model/types';

/** The seed article's id; its numbered references are `wp-ref-N`. */
export const SEED_ID = 'wp-anti-stalinist-left';
const SEED_REFERENCE = /^wp-ref-\d+$/;

/** The kinds of source a lens can ask for, in the user's words, with the `type`s each covers. */
export const LENS_KINDS = {
  primary: { label: 'memoir or primary text', types: ['primary'] },
  scholarship: { label: 'scholarship', types: ['book', 'article', 'chapter'] },
  web: { label: 'press and web pages', types: ['web'] },
  seed: { label: 'the seed article and its references', types: ['reference'] },
} as const satisfies Record<string, { label: string; types: readonly string[] }>;
export type LensKind = keyof typeof LENS_KINDS;
export const LENS_KIND_KEYS = Object.keys(LENS_KINDS) as LensKind[];

/** The lens a user chose; every part left null (or 1) asks nothing. Parts combine: all must hold. */
export interface Provenance {
  /** Only relations with evidence from this source id. */
  source: string | null;
  /** Only relations with evidence from a source of this kind. */
  kind: LensKind | null;
  /** 2: only relations resting on at least two independent sources. */
  minSources: 1 | 2;
}
export const NO_LENS: Provenance = Object.freeze({ source: null, kind: null, minSources: 1 });

/** Whether the lens asks nothing. */
export function isNoLens(lens: Provenance): boolean {
  return lens.source === null && lens.kind === null && lens.minSources === 1;
}

/**
 * The kind of a source. The seed article is a web page but belongs with its numbered references
 * (type `reference`); an unknown type (an opened dataset) belongs to no kind.
 */
export function sourceKind(source: Pick<Source, 'id' | 'type'>): LensKind | null {
  if (source.id === SEED_ID) return 'seed';
  for (const kind of LENS_KIND_KEYS) if ((LENS_KINDS[kind].types as readonly string[]).includes(source.type)) return kind;
  return null;
}

/** The source an evidence item counts as for independence: the seed and its references are one. */
export function independentSource(id: string): string {
  return SEED_REFERENCE.test(id) ? SEED_ID : id;
}

/** How many independent sources a relation's evidence rests on. */
export function independentCount(evidence: readonly Pick<Evidence, 'source'>[]): number {
  return new Set(evidence.map((ev) => independentSource(ev.source))).size;
}

/** What the lens reads: the evidence of each relation and the bibliography. */
export interface ProvenanceIndex {
  evidence: Readonly<Record<string, readonly Pick<Evidence, 'source'>[]>>;
  sources: ReadonlyMap<string, Pick<Source, 'id' | 'type'>>;
}

/** Whether a relation (by key) passes the lens; a relation without evidence passes only no lens. */
export function lensPasses(index: ProvenanceIndex, edge: string, lens: Provenance): boolean {
  if (isNoLens(lens)) return true;
  const evidence = Object.hasOwn(index.evidence, edge) ? index.evidence[edge] : [];
  if (lens.source !== null && !evidence.some((ev) => ev.source === lens.source)) return false;
  if (lens.kind !== null && !evidence.some((ev) => {
    const source = index.sources.get(ev.source);
    return !!source && sourceKind(source) === lens.kind;
  })) return false;
  return lens.minSources === 1 || independentCount(evidence) >= 2;
}

/** The caption's words for a lens ('' for none); `title` names a source when known. */
export function describeLens(lens: Provenance, title: (id: string) => string = (id) => id): string {
  const parts: string[] = [];
  if (lens.source !== null) parts.push(`on the word of ${title(lens.source)}`);
  if (lens.kind !== null) parts.push(`resting on ${LENS_KINDS[lens.kind].label}`);
  if (lens.minSources === 2) parts.push('with at least two independent sources');
  return parts.length ? `Relations ${parts.join(', ')}` : '';
}

/** Each source id and the number of relations whose evidence cites it. */
export function relationsPerSource(evidence: Readonly<Record<string, readonly Pick<Evidence, 'source'>[]>>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const items of Object.values(evidence)) {
    for (const id of new Set(items.map((ev) => ev.source))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
