// Filters built from an opened graph's attributes: for a categorical attribute, the values hidden
// (a node whose value, or every value of its list, is hidden goes); for a numeric one, the range kept.
// Nodes and relations without the attribute stay, as nodes without currents do. Keys say what they
// filter: `node:city`, `edge:weight`.
import type { DataBag, DataValue } from '../model/graph-vocabulary';

export interface FacetFilters {
  hidden: Readonly<Record<string, readonly string[]>>;
  ranges: Readonly<Record<string, readonly [number, number]>>;
}
export const NO_FACETS: FacetFilters = Object.freeze({ hidden: Object.freeze({}), ranges: Object.freeze({}) });

export const isNoFacets = (f: FacetFilters): boolean => Object.keys(f.hidden).length === 0 && Object.keys(f.ranges).length === 0;

/** The key of an attribute's facet. */
export const facetKey = (on: 'node' | 'edge', attribute: string): string => `${on}:${attribute}`;

const asTexts = (value: DataValue): string[] => (Array.isArray(value) ? value : [String(value)]);

/** Whether a node's (or relation's) attributes pass the facet filters. */
export function facetsPass(f: FacetFilters, on: 'node' | 'edge', data: DataBag | undefined): boolean {
  if (!data) return true;
  const prefix = `${on}:`;
  for (const key in f.hidden) {
    if (!key.startsWith(prefix)) continue;
    const value = data[key.slice(prefix.length)];
    if (value === undefined) continue;
    const texts = asTexts(value);
    if (texts.length > 0 && texts.every((t) => f.hidden[key].includes(t))) return false;
  }
  for (const key in f.ranges) {
    if (!key.startsWith(prefix)) continue;
    const value = data[key.slice(prefix.length)];
    if (typeof value !== 'number') continue;
    const [min, max] = f.ranges[key];
    if (value < min || value > max) return false;
  }
  return true;
}

/** Hides or shows one value of a categorical facet. */
export function toggleFacetValue(f: FacetFilters, key: string, value: string): FacetFilters {
  const current = f.hidden[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value].sort();
  const hidden: Record<string, readonly string[]> = Object.assign(Object.create(null), f.hidden);
  if (next.length) hidden[key] = next; else delete hidden[key];
  return { hidden, ranges: f.ranges };
}

/** Sets (or with null clears) the range kept of a numeric facet. */
export function setFacetRange(f: FacetFilters, key: string, range: readonly [number, number] | null): FacetFilters {
  const ranges: Record<string, readonly [number, number]> = Object.assign(Object.create(null), f.ranges);
  if (range && Number.isFinite(range[0]) && Number.isFinite(range[1]) && range[0] <= range[1]) ranges[key] = [range[0], range[1]];
  else delete ranges[key];
  return { hidden: f.hidden, ranges };
}

const name = (key: string) => key.replace(/^(node|edge):/, '');

/** A caption's words: "city: not Ghent · letters 10–200". */
export function describeFacets(f: FacetFilters): string {
  const parts = [
    ...Object.entries(f.hidden).map(([key, values]) => `${name(key)}: not ${values.join(', ')}`),
    ...Object.entries(f.ranges).map(([key, [min, max]]) => `${name(key)} ${min}–${max}`),
  ];
  return parts.join(' · ');
}

// Each part is encoded twice: the address bar decodes once, and the separators (: | ;) stay plain.
const enc = (text: string) => encodeURIComponent(encodeURIComponent(text));
const dec = (text: string) => { try { return decodeURIComponent(text); } catch { return null; } };

/** The URL parameters `hide-values` and `range`. */
export function encodeFacets(f: FacetFilters): (string | undefined)[] {
  const hidden = Object.entries(f.hidden).map(([key, values]) => `${enc(key)}:${values.map(enc).join('|')}`).join(';');
  const ranges = Object.entries(f.ranges).map(([key, [min, max]]) => `${enc(key)}:${min}..${max}`).join(';');
  return [hidden || undefined, ranges || undefined];
}

const FACET_KEY = /^(node|edge):.{1,200}$/s;

/** The facet filters a URL gives; malformed parts are named in `notices`. */
export function decodeFacets(read: (param: string) => string | undefined, notices: string[]): FacetFilters | undefined {
  let f = NO_FACETS;
  const hidden = read('hide-values');
  if (hidden !== undefined) for (const part of hidden.split(';')) {
    const [rawKey, rawValues] = part.split(':');
    const key = dec(rawKey ?? '');
    if (!key || !FACET_KEY.test(key) || rawValues === undefined) { notices.push(`Malformed attribute filter "${part.slice(0, 40)}" in ?hide-values= — ignored.`); continue; }
    for (const v of rawValues.split('|')) {
      const value = dec(v);
      if (value !== null && value !== '' && !(f.hidden[key] ?? []).includes(value)) f = toggleFacetValue(f, key, value);
    }
  }
  const ranges = read('range');
  if (ranges !== undefined) for (const part of ranges.split(';')) {
    const match = /^([^:]+):(-?[\d.e+]+)\.\.(-?[\d.e+]+)$/i.exec(part);
    const key = match ? dec(match[1]) : null;
    const [min, max] = match ? [Number(match[2]), Number(match[3])] : [NaN, NaN];
    if (!key || !FACET_KEY.test(key) || !(min <= max)) { notices.push(`Malformed range "${part.slice(0, 40)}" in ?range= — ignored.`); continue; }
    f = setFacetRange(f, key, [min, max]);
  }
  return isNoFacets(f) ? undefined : f;
}
