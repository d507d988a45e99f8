// Relation labels sit at the middle of the relation, upright, and only where the text fits.
import { describe, expect, it } from 'vitest';
import { edgeLabelPlace } from '../../../src/lib/render/edge-label-place';

describe('edgeLabelPlace', () => {
  it('centres the label on a straight relation, along it', () => {
    const place = edgeLabelPlace(0, 0, 5, 200, 0, 5, 0, 60, 13, 3)!;
    expect([place.x, place.y, place.angle]).toEqual([100, 0, 0]);
    expect(place.box).toEqual({ x: 70, y: -6.5, width: 60, height: 13 });
  });

  it('keeps the text upright on a relation drawn right to left, and follows an arc to its middle', () => {
    expect(Math.cos(edgeLabelPlace(200, 0, 5, 0, 0, 5, 0, 60, 13, 3)!.angle)).toBeCloseTo(1);
    const arc = edgeLabelPlace(0, 0, 5, 200, 0, 5, 0.2, 60, 13, 3)!;
    expect(arc.y).toBeCloseTo(-20);
  });

  it('gives no place when the text is longer than the stretch between the discs', () => {
    expect(edgeLabelPlace(0, 0, 20, 100, 0, 20, 0, 60, 13, 3)).toBeNull();
    expect(edgeLabelPlace(0, 0, 5, 0, 0, 5, 0, 10, 13, 3)).toBeNull();
  });
});
