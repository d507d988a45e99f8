// The size key of a legend: a few round values of the sizing metric, each with the radius a node of
// that value is drawn with. The radius comes from a function the caller passes, so the key keeps
// matching the nodes whatever scale sizes them (see radiusFromSamples).

/** One disc of the key. */
export interface SizeKeyEntry {
  value: number;
  radius: number;
}

/** The largest 1-2-5 number (…, 0.5, 1, 2, 5, 10, …) not above `value`. */
export function niceFloor(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [5, 2, 1].find((s) => s * power <= value * (1 + 1e-9)) ?? 1;
  return step * power;
}

/**
 * Up to `count` round values spread over the metric's range (the top one near the largest value,
 * each next one about a quarter of it: on a square-root scale that halves the radius), smallest first.
 */
export function sizeKey(values: readonly number[], radius: (value: number) => number, count = 3): SizeKeyEntry[] {
  const finite = values.filter((v) => Number.isFinite(v));
  if (!finite.length) return [];
  const max = Math.max(...finite);
  const min = Math.min(...finite);
  const picked: number[] = [];
  for (let target = max, i = 0; i < count && target > 0; i++, target /= 4) {
    const value = niceFloor(target);
    if (value >= min && value > 0 && !picked.includes(value)) picked.push(value);
  }
  return picked.reverse().map((value) => ({ value, radius: radius(value) }));
}

/**
 * The radius for any metric value, read off the nodes themselves: (value, radius) pairs as drawn,
 * joined piecewise-linearly (clamped at both ends). It needs no knowledge of the size formula.
 */
export function radiusFromSamples(samples: Iterable<readonly [number, number]>): (value: number) => number {
  const points = [...samples].filter(([v, r]) => Number.isFinite(v) && Number.isFinite(r)).sort((a, b) => a[0] - b[0]);
  return (value) => {
    if (!points.length) return 0;
    if (value <= points[0][0]) return points[0][1];
    const last = points[points.length - 1];
    if (value >= last[0]) return last[1];
    let lo = 0;
    let hi = points.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (points[mid][0] <= value) lo = mid;
      else hi = mid;
    }
    const [v0, r0] = points[lo];
    const [v1, r1] = points[hi];
    return v1 === v0 ? Math.max(r0, r1) : r0 + ((value - v0) / (v1 - v0)) * (r1 - r0);
  };
}

/** A key value as printed: integers plainly, small fractions with their significant digit. */
export function formatKeyValue(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(2)));
}
