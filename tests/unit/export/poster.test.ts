// The decades poster: one panel per decade, counted as the timeline counts, with every node at the
// same place in every panel and labels that never collide.
import { describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../components/fixture-atlas';
import { DECADES } from '../../../src/lib/export/decades';
import { gridFor, posterScene } from '../../../src/lib/export/poster';
import type { Graph } from '../../../src/lib/model/graph-type';
import { DEFAULT_FILTERS } from '../../../src/lib/query/filters';
import { computeVisibility } from '../../../src/lib/query/visibility';

const measure = (text: string, size: number) => text.length * size * 0.6;

function poster(filters = DEFAULT_FILTERS, prepare: (graph: Graph) => void = () => {}) {
  const workspace = fixtureAtlas().workspace!;
  prepare(workspace.graph);
  const scene = posterScene({
    graph: workspace.graph, filters, sizes: workspace.sizes('degree'), metric: 'degree', curvature: workspace.curvature,
    order: workspace.byImportance, width: 1123, height: 794, font: { family: 'sans-serif', size: 10, weight: '500' }, measure,
    threshold: 6, caption: ['Influence Atlas — decade by decade'], background: '#ffffff',
  });
  return { scene, graph: workspace.graph };
}

describe('posterScene', () => {
  it('has one panel per decade from the 1910s to the 1980s, counting what each decade shows', () => {
    const { scene, graph } = poster();
    expect(scene.panels!.map((p) => p.title)).toEqual(['1910s', '1920s', '1930s', '1940s', '1950s', '1960s', '1970s', '1980s']);
    scene.panels!.forEach((panel, i) => {
      const visible = computeVisibility(graph, { ...DEFAULT_FILTERS, years: DECADES[i] });
      expect(panel.subtitle).toBe(`${visible.nodes.size} nodes · ${visible.edges.size} relations`);
      expect(panel.nodes.map((n) => n.id).sort()).toEqual([...visible.nodes].sort());
      expect(panel.edges).toHaveLength(visible.edges.size);
    });
    expect(scene.panels!.some((p) => p.nodes.length > 0)).toBe(true);
  });

  it('names each node as it was called in each decade', () => {
    const { scene } = poster(DEFAULT_FILTERS, (graph) => {
      graph.setNodeAttribute('poum', 'names', [{ label: 'Early POUM', from: 1935, to: 1939 }, { label: 'Late POUM', from: 1939 }]);
    });
    const poum = (decade: string) => scene.panels!.find((p) => p.title === decade)!.nodes.find((n) => n.id === 'poum');
    expect(poum('1930s')?.label).toBe('Early POUM');
    expect(poum('1940s')).toBeUndefined(); // the fixture's POUM has no relation after the 1930s
  });

  it('draws a node at the same place in every panel it appears in', () => {
    const { scene } = poster();
    const places = new Map<string, string>();
    for (const panel of scene.panels!) {
      for (const n of panel.nodes) {
        const at = `${n.x.toFixed(6)},${n.y.toFixed(6)},${n.size.toFixed(6)}`;
        expect(places.get(n.id) ?? at).toBe(at);
        places.set(n.id, at);
      }
    }
  });

  it('keeps panels and labels on the page and no two labels of a panel over each other', () => {
    const { scene } = poster();
    expect(scene.height + scene.footer!.height).toBeCloseTo(794, 6);
    for (const panel of scene.panels!) {
      expect(panel.x + panel.width).toBeLessThanOrEqual(1123 + 1e-6);
      expect(panel.y + panel.height).toBeLessThanOrEqual(scene.height + 1e-6);
      const boxes = panel.nodes.filter((n) => n.box).map((n) => n.box!);
      for (const a of boxes) {
        expect(a.x).toBeGreaterThanOrEqual(0);
        expect(a.x + a.width).toBeLessThanOrEqual(panel.width);
        for (const b of boxes) if (a !== b) expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).toBe(false);
      }
    }
  });

  it('keeps the other filters: hidden kinds stay hidden in every decade', () => {
    const { scene } = poster({ ...DEFAULT_FILTERS, hiddenKinds: ['person'] });
    for (const panel of scene.panels!) expect(panel.nodes.every((n) => n.kind !== 'person')).toBe(true);
  });
});

describe('gridFor', () => {
  it('chooses more columns on a landscape page and more rows on a portrait one', () => {
    expect(gridFor(8, 1123, 700, 1.2)).toEqual({ cols: 4, rows: 2 });
    expect(gridFor(8, 794, 1000, 1.2).cols).toBeLessThan(gridFor(8, 1123, 700, 1.2).cols);
  });
});
