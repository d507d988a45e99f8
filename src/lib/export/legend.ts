// What an exported picture's legend lists: the kinds of the nodes drawn (colour and ring, as the
// canvas draws them), the relation families of the relations drawn, the size key and the regions.
import { METRIC_LABELS, type MetricKey } from '../analysis/metric-keys';
import { FAMILY_LABELS, KIND_LABELS, NODE_KINDS, RELATION_FAMILIES, RELATIONS, type Relation } from '../model/vocabulary';
import { FAMILY_COLORS, KIND_COLORS, ringsFor } from '../render/palette';
import { formatKeyValue, type SizeKeyEntry } from './size-key';

/** A kind's swatch: fill and rings (widths as fractions of the radius, outermost first). */
export interface LegendKind {
  label: string;
  color: string;
  rings: { color: string; share: number }[];
}

/** The legend of one picture. */
export interface Legend {
  kinds: LegendKind[];
  families: { label: string; color: string }[];
  size: { title: string; entries: { label: string; radius: number }[] } | null;
  /** The regions drawn behind the nodes, with their colour ('#rrggbb'). */
  regions: { label: string; color: string }[];
}

/** The legend for the nodes (by kind) and relations (by relation key) a picture draws. */
export function legendFor(kinds: Iterable<string>, relations: Iterable<string>, metric: MetricKey | null, key: readonly SizeKeyEntry[],
  regions: readonly { label: string; color: string }[] = []): Legend {
  const seenKinds = new Set(kinds);
  const families = new Set<string>();
  for (const relation of relations) {
    if (relation in RELATIONS) families.add(RELATIONS[relation as Relation].family);
  }
  return {
    kinds: NODE_KINDS.filter((k) => seenKinds.has(k)).map((kind) => {
      const rings = ringsFor(kind, KIND_COLORS[kind]);
      return {
        label: KIND_LABELS[kind].many,
        color: rings.fill,
        rings: [rings.outer, rings.inner].filter((r) => r.size > 0).map((r) => ({ color: r.color, share: r.size })),
      };
    }),
    families: RELATION_FAMILIES.filter((f) => families.has(f)).map((f) => ({ label: FAMILY_LABELS[f], color: FAMILY_COLORS[f] })),
    size: metric && key.length
      ? { title: `Size: ${METRIC_LABELS[metric]}`, entries: key.map((e) => ({ label: formatKeyValue(e.value), radius: e.radius })) }
      : null,
    regions: regions.map((r) => ({ label: r.label, color: r.color })),
  };
}
