// Node radius by a metric: one d3 square-root scale, so that a disc's area tracks the metric. It is
// shared by the build-time layout (room for each disc), the renderer and the legend's size key,
// so the key cannot disagree with the discs it explains.
import { scaleSqrt, type ScalePower } from 'd3-scale';
import { METRIC_KEYS, type MetricKey } from '../analysis/metric-keys';
import { MAX_NODE_SIZE, MIN_NODE_SIZE } from './node-size-range';

export { MAX_NODE_SIZE, MIN_NODE_SIZE } from './node-size-range';

/** The scale from a metric's value to a radius in pixels at zoom 1, for values from 0 to `max`. */
export function nodeScale(max: number): ScalePower<number, number, number> {
  // A metric that is 0 everywhere (or unknown) gives every node the smallest disc.
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  // Clamped, and NaN mapped to the smallest disc: a bad value still gets a radius within the range.
  return scaleSqrt().domain([0, top]).range([MIN_NODE_SIZE, MAX_NODE_SIZE]).clamp(true).unknown(MIN_NODE_SIZE);
}

/** Radius in pixels at zoom 1 of a node whose metric is `value`, the largest being `max`. */
export function nodeRadius(value: number, max: number): number {
  return nodeScale(max)(value);
}

/**
 * Every node's radius for every metric, rounded to 0.01 px: computed where the graph is compiled
 * (the build, the dataset worker), so the first page draws sized discs without loading d3-scale.
 */
export function radiiByMetric(values: Record<MetricKey, number[]>): Record<MetricKey, number[]> {
  const out = {} as Record<MetricKey, number[]>;
  for (const metric of METRIC_KEYS) {
    const column = values[metric];
    const scale = nodeScale(column.reduce((m, v) => (Number.isFinite(v) && v > m ? v : m), 0));
    out[metric] = column.map((v) => Math.round(scale(v) * 100) / 100);
  }
  return out;
}

/** One disc of a size key: a metric value, its radius at zoom 1 (pixels), and the value as written. */
export interface SizeKeyEntry {
  value: number;
  radius: number;
  label: string;
}

/**
 * The discs of a key: where each aims, as a fraction of the largest value's square root (so the
 * radii spread evenly), and how many ticks it picks from (finer for the small disc, whose round
 * value is small).
 */
const KEY_DISCS = [{ aim: 0.2, ticks: 40 }, { aim: 0.5, ticks: 10 }, { aim: 1, ticks: 10 }];

/**
 * A size key for nodes sized by `metric` whose values are `values`: up to three discs, smallest
 * first, each a round value from the scale's ticks with the radius the scale gives it at zoom 1
 * (multiply by the drawing's zoom factor to draw it at another). Empty when no value is positive.
 */
export function sizeKey(values: Iterable<number>, metric: MetricKey): SizeKeyEntry[] {
  let max = 0;
  for (const value of values) if (Number.isFinite(value) && value > max) max = value;
  if (max <= 0) return [];
  const scale = nodeScale(max);
  const entries = new Map<number, SizeKeyEntry>();
  for (const disc of KEY_DISCS) {
    // Degrees are counts: a key of "2.5 relations" would describe no node.
    const ticks = scale.ticks(disc.ticks).filter((t) => t > 0 && t <= max && (metric !== 'degree' || Number.isInteger(t)));
    if (ticks.length === 0) ticks.push(max);
    // The tick whose disc is nearest the aimed-at radius (distances on the square-root scale).
    const aim = disc.aim * Math.sqrt(max);
    let best = ticks[0];
    for (const t of ticks) if (Math.abs(Math.sqrt(t) - aim) < Math.abs(Math.sqrt(best) - aim)) best = t;
    // '~f': as many decimals as the ticks need, trailing zeros trimmed (0.001, not 0.0010).
    const format = metric === 'degree' ? String : scale.tickFormat(disc.ticks, '~f');
    if (!entries.has(best)) entries.set(best, { value: best, radius: scale(best), label: format(best) });
  }
  return [...entries.values()].sort((a, b) => a.value - b.value);
}
