// Colours and shape cues for node kinds and relation families. Colour is never the only cue:
// each kind also has its own ring pattern (drawn by @sigma/node-border), shown in the legend.
import type { GraphVocabulary } from '../model/graph-vocabulary';
import type { NodeKind, RelationFamily } from '../model/vocabulary';

/**
 * Tableau 10 and ColorBrewer Dark2, as d3-scale-chromatic 3.1.1 publishes them (a test checks
 * they match). Written out because importing the package ships d3's colour interpolators on the
 * first page: its single bundle keeps their top-level calls however little of it is used.
 */
export const TABLEAU10 = ['#4e79a7', '#f28e2c', '#e15759', '#76b7b2', '#59a14f', '#edc949', '#af7aa1', '#ff9da7', '#9c755f', '#bab0ab'] as const;
export const DARK2 = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#666666'] as const;
const schemeTableau10 = TABLEAU10;
const schemeDark2 = DARK2;

/** Tableau 10 hues chosen to avoid the red/green pair that deuteranopes confuse. */
export const KIND_COLORS: Record<NodeKind, string> = {
  person: schemeTableau10[0], // blue
  periodical: schemeTableau10[1], // orange
  organization: schemeTableau10[3], // teal
  work: schemeTableau10[6], // purple
  event: schemeTableau10[8], // brown
};

export const FAMILY_COLORS: Record<RelationFamily, string> = {
  membership: schemeDark2[2], // slate violet
  publishing: schemeDark2[1], // orange
  ideas: schemeDark2[3], // magenta
  alliance: schemeDark2[0], // green-teal
  action: schemeDark2[6], // brown
};

/**
 * Compare two periods: Okabe & Ito's colour-blind-safe bluish green and vermillion for what
 * appeared and what vanished, and a neutral grey (darker than the faded one) for what persisted.
 * Relations get lighter tints of the same, so nodes stay readable over them.
 */
export const PERIOD_COLORS = { appeared: '#009e73', vanished: '#d55e00', persisted: '#6f7782' } as const;
export const PERIOD_EDGE_COLORS = { appeared: '#5cc4a5', vanished: '#eb9a62', persisted: '#b4bac2' } as const;

export const INK = '#1f2328';
export const PAPER = '#ffffff';
export const FADED_NODE = '#dcdfe3';
export const FADED_EDGE = '#eef0f2';

/** Three concentric layers (outer ring, inner ring, fill) drawn for every node. */
export interface NodeRings {
  outer: { size: number; color: string };
  inner: { size: number; color: string };
  fill: string;
}

/** The ring pattern that tells kinds apart without colour. Sizes are fractions of the radius. */
export function ringsFor(kind: NodeKind, color: string): NodeRings {
  switch (kind) {
    case 'person': return { outer: { size: 0, color }, inner: { size: 0, color }, fill: color };
    case 'organization': return { outer: { size: 0.28, color: INK }, inner: { size: 0, color }, fill: color };
    case 'periodical': return { outer: { size: 0.3, color }, inner: { size: 0.22, color: PAPER }, fill: color };
    case 'work': return { outer: { size: 0.42, color }, inner: { size: 0, color }, fill: PAPER };
    case 'event': return { outer: { size: 0.14, color: INK }, inner: { size: 0.2, color: PAPER }, fill: color };
  }
}

/** Short words describing each kind's ring, for the legend's text alternative. */
export const RING_WORDS: Record<NodeKind, string> = {
  person: 'solid disc',
  organization: 'dark ring',
  periodical: 'white band',
  work: 'hollow ring',
  event: 'thin dark ring with gap',
};

/** The ring patterns in the order opened graphs' kinds take them (the bundled kinds' five). */
const RING_ORDER: readonly NodeKind[] = ['person', 'organization', 'periodical', 'work', 'event'];
/** Kind colours for opened graphs whose file colours none: Tableau 10 in the bundled kinds' order first. */
const KIND_SEQUENCE = [0, 1, 3, 6, 8, 2, 4, 5, 7, 9].map((i) => TABLEAU10[i]);

/** How a graph's kinds and relation types are drawn. */
export interface GraphPalette {
  /** A kind's colour and ring pattern (unknown kinds: the first kind's ring, grey). */
  kind(key: string): { color: string; rings: NodeRings; ring: NodeKind };
  /** A relation type's colour. */
  relation(key: string): string;
}

const PALETTES = new WeakMap<GraphVocabulary, GraphPalette>();
const UNKNOWN = '#8a8f98';

/** The palette of a vocabulary: the bundled colours for the app's own, a sequence for an opened graph's. */
export function paletteOf(vocabulary: GraphVocabulary): GraphPalette {
  let palette = PALETTES.get(vocabulary);
  if (palette) return palette;
  const kinds = new Map<string, { color: string; rings: NodeRings; ring: NodeKind }>();
  vocabulary.kinds.forEach((k, i) => {
    const native = vocabulary.native && Object.hasOwn(KIND_COLORS, k.key);
    const ring = native ? (k.key as NodeKind) : RING_ORDER[i % RING_ORDER.length];
    const color = native ? KIND_COLORS[k.key as NodeKind] : k.color ?? KIND_SEQUENCE[i % KIND_SEQUENCE.length];
    kinds.set(k.key, { color, rings: ringsFor(ring, color), ring });
  });
  const relations = new Map<string, string>();
  const families = vocabulary.families.map((f) => f.key);
  vocabulary.relations.forEach((r, i) => {
    const native = vocabulary.native && Object.hasOwn(FAMILY_COLORS, r.family);
    relations.set(r.key, native ? FAMILY_COLORS[r.family as RelationFamily] : r.color ?? DARK2[Math.max(0, families.indexOf(r.family), i) % DARK2.length]);
  });
  const fallback = { color: UNKNOWN, rings: ringsFor('person', UNKNOWN), ring: 'person' as NodeKind };
  palette = { kind: (key) => kinds.get(key) ?? fallback, relation: (key) => relations.get(key) ?? UNKNOWN };
  PALETTES.set(vocabulary, palette);
  return palette;
}
