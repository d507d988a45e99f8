// The size key: round values spread over the metric's range, each drawn at the radius its nodes get.
import { describe, expect, it } from 'vitest';
import { formatKeyValue, niceFloor, radiusFromSamples, sizeKey } from '../../../src/lib/export/size-key';

describe('niceFloor', () => {
  it('rounds down to 1, 2 or 5 times a power of ten', () => {
    expect([64, 16, 4, 1, 0.021, 0.0049, 500].map(niceFloor)).toEqual([50, 10, 2, 1, 0.02, 0.002, 500]);
    expect(niceFloor(0)).toBe(0);
    expect(niceFloor(Number.NaN)).toBe(0);
  });
});

describe('sizeKey', () => {
  const sqrt = (v: number) => 3 + 13 * Math.sqrt(v / 64);

  it('picks up to three round values inside the range, smallest first, with the radius of each', () => {
    const key = sizeKey([1, 3, 8, 20, 64], sqrt);
    expect(key.map((e) => e.value)).toEqual([2, 10, 50]);
    for (const entry of key) expect(entry.radius).toBeCloseTo(sqrt(entry.value));
    expect(key[0].radius).toBeLessThan(key[2].radius);
  });

  it('leaves out values below the smallest node and gives nothing for no nodes', () => {
    expect(sizeKey([30, 40, 64], sqrt).map((e) => e.value)).toEqual([50]);
    expect(sizeKey([], sqrt)).toEqual([]);
    expect(sizeKey([Number.NaN], sqrt)).toEqual([]);
  });
});

describe('radiusFromSamples', () => {
  it('reads the radius off the nodes, joining them linearly and clamping outside their range', () => {
    const radius = radiusFromSamples([[10, 8], [0, 3], [20, 10]]);
    expect(radius(0)).toBe(3);
    expect(radius(5)).toBeCloseTo(5.5);
    expect(radius(15)).toBeCloseTo(9);
    expect(radius(100)).toBe(10);
    expect(radius(-1)).toBe(3);
    expect(radiusFromSamples([])(4)).toBe(0);
  });
});

describe('formatKeyValue', () => {
  it('prints integers plainly and fractions by their significant digits', () => {
    expect([50, 0.02, 0.005].map(formatKeyValue)).toEqual(['50', '0.02', '0.005']);
  });
});
