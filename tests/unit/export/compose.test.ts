// Composing a picture for a page: the view as shown keeps its own labels; another page re-frames
// the view (showing more, never cropping it) and places labels afresh, none over another.
import { describe, expect, it } from 'vitest';
import { composeScene, type ViewNode, type ViewSnapshot } from '../../../src/lib/export/compose';
import { pageById } from '../../../src/lib/export/page';
import { seededRandom } from '../../../src/lib/layout/random';
import type { SceneNode } from '../../../src/lib/export/svg';

const measure = (text: string, size: number) => text.length * size * 0.6;
const font = { family: 'sans-serif', size: 13, weight: '500' };

function viewNode(id: string, x: number, y: number, metric: number, extra: Partial<ViewNode> = {}): ViewNode {
  const base = 3 + 13 * Math.sqrt(metric / 40);
  return { id, x, y, r: base, color: '#4e79a7', rings: [], z: 1, label: `Name of ${id}`, kind: 'person', highlighted: false, forceLabel: false, metric, base, ...extra };
}

/** A dense random view on a 1000 × 700 stage, with a few nodes off the stage to its right. */
function denseView(): ViewSnapshot {
  const random = seededRandom(7);
  const nodes = Array.from({ length: 160 }, (_, i) => viewNode(`n${i}`, random() * 1000, random() * 700, 1 + Math.floor(random() * 40)));
  nodes.push(viewNode('east', 1150, 350, 40));
  const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: nodes[i].id, target: n.id, color: '#999', width: 1, directed: true, curvature: 0, relation: 'influenced', label: null }));
  return { width: 1000, height: 700, nodes, edges, placed: [], placedEdges: [], order: [...nodes].sort((a, b) => b.metric - a.metric).map((n) => n.id), threshold: 6, font, edgeFont: { family: 'sans-serif', size: 11, weight: 'normal' }, metric: 'degree' };
}

const options = { background: '#ffffff', caption: ['Influence Atlas — test', 'Filters: No filters'], measure };

function collisions(nodes: SceneNode[]): string[] {
  const labelled = nodes.filter((n) => n.box);
  const out: string[] = [];
  for (const a of labelled) {
    for (const b of labelled) {
      if (a.id < b.id && a.box!.x < b.box!.x + b.box!.width && b.box!.x < a.box!.x + a.box!.width && a.box!.y < b.box!.y + b.box!.height && b.box!.y < a.box!.y + a.box!.height) out.push(`${a.id} × ${b.id}`);
    }
    for (const d of nodes) {
      if (d === a) continue;
      const nx = Math.max(a.box!.x, Math.min(d.x, a.box!.x + a.box!.width));
      const ny = Math.max(a.box!.y, Math.min(d.y, a.box!.y + a.box!.height));
      if ((nx - d.x) ** 2 + (ny - d.y) ** 2 < d.size ** 2 - 1e-6) out.push(`${a.id} over ${d.id}`);
    }
  }
  return out;
}

describe('composeScene', () => {
  it('as on screen, keeps positions, sizes and exactly the labels the live placement drew', () => {
    const view = denseView();
    view.placed = [{ node: 'n3', anchor: 'left', x: 10, y: 20, width: 80, height: 17, forced: false, shortened: false }];
    const scene = composeScene(view, { ...options, page: pageById('screen'), area: 'view' });
    const n3 = scene.nodes.find((n) => n.id === 'n3')!;
    const source = view.nodes.find((n) => n.id === 'n3')!;
    expect([n3.x, n3.y, n3.size]).toEqual([source.x, source.y, source.r]);
    expect(n3.box).toEqual({ x: 10, y: 20, width: 80, height: 17 });
    expect(scene.nodes.filter((n) => n.label !== null).map((n) => n.id)).toEqual(['n3']);
    expect(scene.nodes.some((n) => n.id === 'east')).toBe(false); // off the stage
    expect([scene.width, scene.height]).toEqual([1000, 700]);
  });

  it('on a slide, re-frames the stage to the page: the whole view fits, more is shown beside it, the page is filled', () => {
    const view = denseView();
    const scene = composeScene(view, { ...options, page: pageById('slide'), area: 'view' });
    expect(scene.width).toBe(1280);
    expect(scene.height + scene.footer!.height).toBeCloseTo(720, 6);
    const ids = new Set(scene.nodes.map((n) => n.id));
    for (const n of view.nodes) if (n.id !== 'east') expect(ids.has(n.id)).toBe(true);
    expect(ids.has('east')).toBe(true); // the slide is wider than the stage: its neighbour to the right is in
    for (const n of scene.nodes) expect(n.x - n.size).toBeLessThan(scene.width);
    // sigma's rule: a frame drawn s times smaller draws its nodes √s times smaller (to within the
    // footer's second fit, which moves nodes by a fraction of a pixel but keeps their size).
    const s = (scene.nodes[1].x - scene.nodes[0].x) / (view.nodes[1].x - view.nodes[0].x);
    expect(scene.nodes[0].size / (view.nodes[0].r * Math.sqrt(s))).toBeCloseTo(1, 2);
  });

  it('places labels afresh on A4 so that none overlaps another or covers another node', () => {
    const scene = composeScene(denseView(), { ...options, page: pageById('a4-portrait'), area: 'view' });
    const labelled = scene.nodes.filter((n) => n.box);
    expect(labelled.length).toBeGreaterThan(10);
    expect(collisions(scene.nodes)).toEqual([]);
    for (const n of labelled) {
      expect(n.box!.x).toBeGreaterThanOrEqual(0);
      expect(n.box!.x + n.box!.width).toBeLessThanOrEqual(scene.width);
      expect(n.box!.y + n.box!.height).toBeLessThanOrEqual(scene.height);
    }
    expect(scene.outer).toEqual({ width: '210mm', height: '297mm' });
  });

  it('frames every visible node for the whole graph, and draws the size key at the nodes’ own radii', () => {
    const view = denseView();
    const scene = composeScene(view, { ...options, page: pageById('square'), area: 'graph' });
    expect(scene.nodes).toHaveLength(view.nodes.length);
    for (const n of scene.nodes) {
      expect(n.x - n.size).toBeGreaterThanOrEqual(0);
      expect(n.x + n.size).toBeLessThanOrEqual(scene.width + 1e-6);
      expect(n.y + n.size).toBeLessThanOrEqual(scene.height + 1e-6);
    }
    // A node of degree 10 and the key's "10" disc have one radius.
    const ten = view.nodes.find((n) => n.metric === 10)!;
    const drawn = scene.nodes.find((n) => n.id === ten.id)!;
    const keyDisc = scene.footer!.discs.find((d) => d.color === '#c3c8ce' && Math.abs(d.r - drawn.size) < 1e-6);
    expect(keyDisc).toBeDefined();
  });

  it('a selected node keeps its name even where no place is free; faded nodes are no obstacle', () => {
    const view = denseView();
    view.nodes = view.nodes.map((n, i) => (i === 0 ? { ...n, highlighted: true } : i % 2 ? { ...n, z: 0, label: null } : n));
    const scene = composeScene(view, { ...options, page: pageById('a4-landscape'), area: 'view' });
    expect(scene.nodes.find((n) => n.id === 'n0')?.label).toBe('Name of n0');
    expect(scene.nodes.filter((n) => n.box).every((n) => view.nodes.find((v) => v.id === n.id)!.z === 1)).toBe(true);
  });
  it('labels the relations the view labels where their text fits and crosses no name', () => {
    const view = denseView();
    view.nodes = [viewNode('a', 100, 300, 40, { highlighted: true }), viewNode('b', 700, 300, 10), viewNode('c', 100, 100, 10)];
    view.edges = [
      { id: 'ab', source: 'a', target: 'b', color: '#999', width: 2, directed: true, curvature: 0, relation: 'member_of', label: 'Member of' },
      { id: 'ac', source: 'a', target: 'c', color: '#999', width: 2, directed: true, curvature: 0, relation: 'founded', label: 'Founded' },
      { id: 'bc', source: 'b', target: 'c', color: '#999', width: 1, directed: true, curvature: 0, relation: 'led', label: null },
    ];
    view.order = ['a', 'b', 'c'];
    const scene = composeScene(view, { ...options, page: pageById('slide'), area: 'view' });
    const ab = scene.edges.find((e) => e.id === 'ab')!;
    expect(ab.label).toMatchObject({ text: 'Member of', angle: 0 });
    expect(ab.label!.x).toBeCloseTo((ab.x1 + ab.x2) / 2);
    expect(scene.edges.find((e) => e.id === 'bc')!.label).toBeUndefined();
    for (const e of scene.edges.filter((edge) => edge.label)) {
      const l = e.label!;
      const half = l.width / 2;
      for (const n of scene.nodes.filter((node) => node.box)) {
        const b = n.box!;
        const crosses = Math.abs(l.angle) < 1e-9 && l.x - half < b.x + b.width && b.x < l.x + half && l.y - 6.5 < b.y + b.height && b.y < l.y + 6.5;
        expect(crosses, `${e.id} over ${n.id}`).toBe(false);
      }
    }
  });
});

describe('regions in exports', () => {
  it('moves the regions with the map, draws them under the relations and names them in the legend', async () => {
    const { renderSvg } = await import('../../../src/lib/export/svg');
    const view = denseView();
    // A square region around the stage's middle, in stage pixels.
    view.regions = [{ label: 'Trotskyism', color: '#e15759', rings: [[400, 300, 600, 300, 600, 400, 400, 400]] }];
    const scene = composeScene(view, { ...options, page: pageById('slide'), area: 'view' });
    // Fitted as the nodes are: a node at the region's corner stays at its corner.
    const corner = composeScene({ ...view, nodes: [...view.nodes, viewNode('corner', 400, 300, 1)] }, { ...options, page: pageById('slide'), area: 'view' });
    const at = corner.nodes.find((n) => n.id === 'corner')!;
    expect(corner.regions![0].rings[0].slice(0, 2).map((v) => Math.round(v))).toEqual([Math.round(at.x), Math.round(at.y)]);
    expect(scene.footer!.texts.map((t) => t.text)).toEqual(expect.arrayContaining(['Regions', 'Trotskyism']));
    const svg = renderSvg(scene);
    expect(svg.indexOf('id="regions"')).toBeGreaterThan(0);
    expect(svg.indexOf('id="regions"')).toBeLessThan(svg.indexOf('id="edges"'));
    expect(svg).toMatch(/<path d="M[^"]+Z" fill="#e15759" fill-opacity="0.12" fill-rule="evenodd"[^>]*><title>Trotskyism<\/title><\/path>/);
  });

  it('writes a region name as text, never as markup, and draws no regions when the view has none', async () => {
    const { renderSvg } = await import('../../../src/lib/export/svg');
    const view = denseView();
    view.regions = [{ label: '<script>x</script>', color: 'red;evil', rings: [[0, 0, 10, 0, 10, 10]] }];
    const svg = renderSvg(composeScene(view, { ...options, page: pageById('screen'), area: 'view' }));
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).not.toContain('evil');
    expect(renderSvg(composeScene(denseView(), { ...options, page: pageById('screen'), area: 'view' }))).not.toContain('id="regions"');
  });
});

describe('Focus on a page', () => {
  it('keeps every neighbour\'s name on its row, outward, when the page shows the oval smaller', () => {
    // A Focus-like view: 40 neighbours on two columns of rows 19 px apart on an 800 px stage, the
    // right-hand row level with the centre kept for the centre's own name (as focus-layout.ts does).
    const nodes: ViewNode[] = [viewNode('centre', 500, 400, 40, { highlighted: true })];
    for (let i = 0; i < 40; i++) {
      const side = i < 20 ? 'right' : 'left';
      const row = side === 'right' && i % 20 >= 10 ? (i % 20) + 1 : i % 20;
      nodes.push(viewNode(`n${i}`, side === 'right' ? 560 : 440, 210 + row * 19, 1, { side, forceLabel: true, r: 4, base: 4, label: `Neighbour number ${i}` }));
    }
    const view: ViewSnapshot = { ...denseView(), width: 1000, height: 800, nodes, edges: [], order: nodes.map((n) => n.id) };
    const scene = composeScene(view, { ...options, page: pageById('slide'), area: 'view' });
    const labelled = scene.nodes.filter((n) => n.id.startsWith('n') && n.label);
    expect(labelled.length).toBe(40);
    // Outward: right-hand names to the right of their node, left-hand ones to the left.
    for (const n of labelled) expect(n.labelAt).toBe(Number(n.id.slice(1)) < 20 ? 'right' : 'left');
    expect(scene.font!.size).toBeLessThan(font.size);
    expect(collisions(scene.nodes)).toEqual([]);
  });
});
