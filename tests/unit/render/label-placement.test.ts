// Label placement: no two placed labels overlap, none covers another node's disc, the most
// important go first, and a label moves around its node before it is given up.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/lib/layout/random';
import { boxesOverlap, boxHitsDisc, MIN_SHORT, OUTWARD_LEFT, OUTWARD_RIGHT, PlacementGrid, placeLabels, type LabelCandidate, type PlacedLabel } from '../../../src/lib/render/label-placement';

const viewport = { width: 800, height: 600 };

function place(candidates: LabelCandidate[], discs = candidates) {
  const grid = new PlacementGrid();
  grid.reset(viewport.width, viewport.height);
  for (const d of discs) grid.addDisc(d.node, d.x, d.y, d.r);
  const out: PlacedLabel[] = [];
  return out.slice(0, placeLabels(grid, candidates, candidates.length, viewport, out));
}

describe('placeLabels', () => {
  it('puts a lone label to the right of its node', () => {
    const [label] = place([{ node: 'a', x: 100, y: 100, r: 5, width: 50, height: 14 }]);
    expect(label).toMatchObject({ node: 'a', anchor: 'right', x: 108, y: 93 });
  });

  it('moves a label to the left, above or below before giving it up', () => {
    const placed = place([
      { node: 'a', x: 100, y: 100, r: 5, width: 60, height: 14 },
      { node: 'b', x: 110, y: 100, r: 3, width: 60, height: 14 },
    ]);
    // a's label on the right would cover b's disc, so it goes elsewhere and both are placed.
    expect(placed.map((p) => p.node)).toEqual(['a', 'b']);
    expect(placed[0].anchor).not.toBe('right');
    expect(boxesOverlap(placed[0].x, placed[0].y, 60, 14, placed[1].x, placed[1].y, 60, 14)).toBe(false);
  });

  it('never overlaps two labels nor covers another node, on a crowded random graph', () => {
    const random = seededRandom(7);
    const candidates: LabelCandidate[] = Array.from({ length: 400 }, (_v, i) => ({
      node: `n${i}`, x: random() * 800, y: random() * 600, r: 3 + random() * 10, width: 30 + random() * 90, height: 14,
    }));
    const placed = place(candidates);
    expect(placed.length).toBeGreaterThan(40);
    for (let i = 0; i < placed.length; i++) {
      const a = placed[i];
      expect(a.x >= 0 && a.y >= 0 && a.x + a.width <= 800 && a.y + a.height <= 600).toBe(true);
      for (let j = i + 1; j < placed.length; j++) {
        const b = placed[j];
        expect(boxesOverlap(a.x, a.y, a.width, a.height, b.x, b.y, b.width, b.height), `${a.node} × ${b.node}`).toBe(false);
      }
      for (const d of candidates) {
        if (d.node !== a.node) expect(boxHitsDisc(a.x, a.y, a.width, a.height, d.x, d.y, d.r), `${a.node} covers ${d.node}`).toBe(false);
      }
    }
  });

  it('moves a name that must be shown farther out before printing it over a crowded ring of neighbours', () => {
    // Eight small discs all around the selected node, just clear of it: every usual position is taken.
    const ring = Array.from({ length: 16 }, (_, i) => ({ node: `n${i}`, x: 400 + 16 * Math.cos((i * Math.PI) / 8), y: 300 + 16 * Math.sin((i * Math.PI) / 8), r: 4, width: 0, height: 14 }));
    const selected = { node: 'selected', x: 400, y: 300, r: 8, width: 70, height: 14, required: true };
    const [label] = place([selected], [selected, ...ring]);
    expect(label.node).toBe('selected');
    expect(label.forced).toBe(false);
    for (const d of ring) expect(boxHitsDisc(label.x, label.y, label.width, label.height, d.x, d.y, d.r)).toBe(false);
  });

  it('gives the first candidates (the most important) their place', () => {
    const crowd: LabelCandidate[] = Array.from({ length: 30 }, (_v, i) => ({ node: `n${i}`, x: 200 + (i % 3), y: 200, r: 4, width: 80, height: 14 }));
    const placed = place(crowd);
    expect(placed[0].node).toBe('n0');
  });

  it('in Focus writes a name only outward, and shortens it at the viewport\'s edge rather than moving it', () => {
    // A long name near the right edge: cut to the room left, never turned inward.
    const [right] = place([{ node: 'a', x: 700, y: 100, r: 4, width: 200, height: 17, anchors: OUTWARD_RIGHT, shorten: true }]);
    expect(right).toMatchObject({ node: 'a', anchor: 'right', shortened: true });
    expect(right.x + right.width).toBeLessThanOrEqual(viewport.width - 2);
    const [left] = place([{ node: 'b', x: 100, y: 100, r: 4, width: 200, height: 17, anchors: OUTWARD_LEFT, shorten: true }]);
    expect(left).toMatchObject({ node: 'b', anchor: 'left', shortened: true, x: 2 });
    // Too little room for a few letters: the name is left to the hover.
    expect(place([{ node: 'c', x: 800 - 2 - 3 - 4 - MIN_SHORT + 10, y: 100, r: 4, width: 200, height: 17, anchors: OUTWARD_RIGHT, shorten: true }])).toEqual([]);
    // A name that fits whole is not shortened, and without `shorten` a name that does not fit is dropped.
    expect(place([{ node: 'd', x: 100, y: 100, r: 4, width: 80, height: 17, anchors: OUTWARD_RIGHT, shorten: true }])[0].shortened).toBe(false);
    expect(place([{ node: 'e', x: 700, y: 100, r: 4, width: 200, height: 17, anchors: OUTWARD_RIGHT }])).toEqual([]);
  });
});

describe('PlacementGrid.isFree over discs', () => {
  it('lets a region name pass over a disc but never over a placed label', () => {
    const grid = new PlacementGrid();
    grid.reset(800, 600);
    grid.addDisc('a', 100, 100, 8);
    grid.addBox('b', 300, 100, 80, 15);
    expect(grid.isFree('region:x', 90, 95, 60, 15)).toBe(false);
    expect(grid.isFree('region:x', 90, 95, 60, 15, true)).toBe(true);
    expect(grid.isFree('region:x', 290, 95, 60, 15, true)).toBe(false);
  });

  it('draws a required name with no free place inside the viewport, never cut off at its edge', () => {
    // A long name at the right edge, boxed in by neighbours on every side.
    const node = { node: 'centre', x: 780, y: 300, r: 6, width: 200, height: 14, required: true, anchors: ['right'] as const };
    const grid = new PlacementGrid();
    grid.reset(viewport.width, viewport.height);
    grid.addBox('other', 0, 0, 800, 600);
    const out: PlacedLabel[] = [];
    expect(placeLabels(grid, [{ ...node, anchors: [...node.anchors] }], 1, viewport, out)).toBe(1);
    expect(out[0].forced).toBe(true);
    expect(out[0].x + out[0].width).toBeLessThanOrEqual(viewport.width - 2);
    expect(out[0].x).toBeGreaterThanOrEqual(2);
    // Among its positions, one inside the viewport is taken over one that is not.
    const [left] = place([{ node: 'c', x: 780, y: 300, r: 6, width: 200, height: 14, required: true }], []);
    expect(left.x + left.width).toBeLessThanOrEqual(viewport.width - 2);
  });
});
