import { describe, expect, it } from 'vitest';
import { MAX_NODE_SIZE, MIN_NODE_SIZE, nodeRadius, nodeScale, sizeKey } from '../../../src/lib/layout/node-size';

describe('nodeScale', () => {
  it('maps the square root of value / max onto [MIN_NODE_SIZE, MAX_NODE_SIZE], as the layout was computed with', () => {
    for (const [value, max] of [[0, 120], [1, 120], [30, 120], [120, 120], [0.004, 0.031]]) {
      const expected = MIN_NODE_SIZE + Math.sqrt(value / max) * (MAX_NODE_SIZE - MIN_NODE_SIZE);
      expect(nodeRadius(value, max)).toBeCloseTo(expected, 10);
    }
    // A quarter of the maximum is half way along the radius range: area tracks the metric.
    expect(nodeScale(100)(25)).toBeCloseTo((MIN_NODE_SIZE + MAX_NODE_SIZE) / 2, 10);
  });

  it('keeps every radius within the range for values it was not made for', () => {
    const scale = nodeScale(10);
    expect(scale(50)).toBe(MAX_NODE_SIZE);
    expect(scale(-4)).toBe(MIN_NODE_SIZE);
    expect(scale(Number.NaN)).toBe(MIN_NODE_SIZE);
    // A metric that is 0 on every node (or a broken maximum) draws the smallest discs.
    expect(nodeRadius(0, 0)).toBe(MIN_NODE_SIZE);
    expect(nodeRadius(0, Number.NaN)).toBe(MIN_NODE_SIZE);
  });
});

describe('sizeKey', () => {
  it('gives up to three round degrees, smallest first, with the radius each node of that degree is drawn at', () => {
    const degrees = [1, 2, 3, 5, 8, 13, 40, 117];
    const key = sizeKey(degrees, 'degree');
    expect(key.length).toBeGreaterThanOrEqual(2);
    expect(key.length).toBeLessThanOrEqual(3);
    const scale = nodeScale(117);
    const roundValues = [...scale.ticks(10), ...scale.ticks(40)];
    for (const entry of key) {
      expect(Number.isInteger(entry.value)).toBe(true);
      expect(roundValues).toContain(entry.value);
      expect(entry.value).toBeLessThanOrEqual(117);
      expect(entry.radius).toBe(scale(entry.value));
      expect(entry.label).toBe(String(entry.value));
    }
    for (let i = 1; i < key.length; i++) {
      expect(key[i].value).toBeGreaterThan(key[i - 1].value);
      // Discs a reader can tell apart.
      expect(key[i].radius - key[i - 1].radius).toBeGreaterThan(2);
    }
    expect(key.at(-1)!.value).toBe(110);
  });

  it('never offers a fractional degree, even when every degree is small', () => {
    const values = sizeKey([0, 1, 2, 3], 'degree').map((e) => e.value);
    expect(values.every(Number.isInteger)).toBe(true);
    expect(values.at(-1)).toBe(3);
  });

  it('writes small PageRank values with the decimals they need', () => {
    const key = sizeKey([0.0008, 0.002, 0.011, 0.0312], 'pagerank');
    expect(key.length).toBeGreaterThanOrEqual(2);
    for (const entry of key) {
      expect(Number(entry.label)).toBeCloseTo(entry.value, 10);
      expect(entry.label).toMatch(/^0\.0\d+$/);
    }
  });

  it('is empty when no node has a positive value, and ignores values that are not numbers', () => {
    expect(sizeKey([], 'degree')).toEqual([]);
    expect(sizeKey([0, 0], 'betweenness')).toEqual([]);
    expect(sizeKey([Number.NaN, 4, Number.POSITIVE_INFINITY], 'degree').at(-1)!.value).toBe(4);
  });
});
