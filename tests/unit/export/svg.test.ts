// @vitest-environment jsdom
// The SVG export: a well-formed standalone file that draws what the view shows.
import { describe, expect, it } from 'vitest';
import { layoutFooter } from '../../../src/lib/export/footer';
import { legendFor } from '../../../src/lib/export/legend';
import { renderSvg, type Scene, type SceneEdge, type SceneNode } from '../../../src/lib/export/svg';

function node(id: string, x: number, y: number, extra: Partial<SceneNode> = {}): SceneNode {
  return { id, x, y, size: 10, color: '#3366cc', label: id, kind: 'person', ...extra };
}

function edge(id: string, from: SceneNode, to: SceneNode, extra: Partial<SceneEdge> = {}): SceneEdge {
  return { id, x1: from.x, y1: from.y, x2: to.x, y2: to.y, color: '#999999', width: 1, directed: false, curvature: 0, ...extra };
}

const orwell = node('orwell', 100, 100, { label: 'George Orwell', border: [{ color: '#000000', width: 2 }, { color: '#ff0000', width: 1 }] });
const ilp = node('ilp', 300, 100, { label: 'ILP', kind: 'organization', size: 20 });
const tribune = node('tribune', 200, 250, { label: null, kind: 'periodical' });

function scene(extra: Partial<Scene> = {}): Scene {
  return {
    width: 400,
    height: 300,
    background: '#ffffff',
    nodes: [orwell, ilp, tribune],
    edges: [edge('e1', orwell, ilp, { directed: true }), edge('e2', orwell, tribune)],
    caption: ['Influence Atlas — the anti-Stalinist left · George Orwell', 'Filters: No filters', 'Dataset 0.1.0 · exported 2026-11-26'],
    ...extra,
  };
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const attr = (element: Element | null, name: string) => Number(element?.getAttribute(name));

describe('renderSvg', () => {
  it('is a standalone SVG document titled by the first caption line', () => {
    const svg = renderSvg(scene());
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
    const root = parse(svg).documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.querySelector('title')?.textContent).toBe('Influence Atlas — the anti-Stalinist left · George Orwell');
    for (const group of ['edges', 'nodes', 'labels']) expect(root.querySelector(`g#${group}`)).not.toBeNull();
  });

  it('draws exactly one node circle per node, borders as separate rings', () => {
    const doc = parse(renderSvg(scene()));
    const circles = [...doc.querySelectorAll('#nodes circle.node')];
    expect(circles.map((c) => c.getAttribute('data-id'))).toEqual(['orwell', 'ilp', 'tribune']);
    expect(circles[1].getAttribute('r')).toBe('20');
    const rings = [...doc.querySelectorAll('#nodes circle.node-border')];
    expect(rings).toHaveLength(2);
    expect(rings.every((ring) => attr(ring, 'r') < orwell.size)).toBe(true);
  });

  it('labels only nodes that have a label, in a sans-serif font with a white halo', () => {
    const doc = parse(renderSvg(scene()));
    const labels = doc.querySelector('#labels');
    expect([...labels!.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['George Orwell', 'ILP']);
    expect(labels?.getAttribute('font-family')).toBe('sans-serif');
    expect(Number(labels?.getAttribute('font-size'))).toBeGreaterThanOrEqual(11);
    expect(labels?.getAttribute('paint-order')).toBe('stroke');
    expect(labels?.getAttribute('stroke')).toBe('#ffffff');
  });

  it('escapes markup in labels, ids, captions and colours so the file still parses', () => {
    const hostile = `<script>&"'`;
    const raw = `<svg xmlns="http://www.w3.org/2000/svg"><text>${hostile}</text></svg>`;
    expect(new DOMParser().parseFromString(raw, 'image/svg+xml').getElementsByTagName('parsererror').length).toBeGreaterThan(0);

    const evil = node(`a"b'<c>&`, 50, 50, { label: hostile, color: 'red" onload="alert(1)' });
    const svg = renderSvg(scene({ nodes: [evil], edges: [], caption: [`Focus: ${hostile}`] }));
    const doc = parse(svg);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    const circle = doc.querySelector('circle.node');
    expect(circle?.getAttribute('data-id')).toBe(`a"b'<c>&`);
    expect(circle?.getAttribute('fill')).toBe('red" onload="alert(1)');
    expect(circle?.hasAttribute('onload')).toBe(false);
    expect(doc.querySelector('#labels text')?.textContent).toBe(hostile);
    expect(doc.querySelector('title')?.textContent).toBe(`Focus: ${hostile}`);
  });

  it('strips control characters that XML cannot hold', () => {
    const doc = parse(renderSvg(scene({ nodes: [node('x', 10, 10, { label: 'Rosa\u0000 Lux\u0007emburg' })], edges: [] })));
    expect(doc.querySelector('#labels text')?.textContent).toBe('Rosa Luxemburg');
  });

  it('paints a background when asked and leaves it transparent otherwise', () => {
    const white = parse(renderSvg(scene({ background: '#ffffff' }))).querySelector('rect#background');
    expect(white?.getAttribute('fill')).toBe('#ffffff');
    expect(attr(white, 'height')).toBeGreaterThan(300);
    const clear = parse(renderSvg(scene({ background: null })));
    expect(clear.querySelector('rect#background')).toBeNull();
  });

  it('ends directed edges in an arrowhead whose tip touches the target rim', () => {
    const doc = parse(renderSvg(scene()));
    const arrows = [...doc.querySelectorAll('#edges .arrowhead')];
    expect(arrows.map((a) => a.getAttribute('data-edge'))).toEqual(['e1']);
    const [tipX, tipY] = arrows[0].getAttribute('d')!.split(/[ MLZ]+/).filter(Boolean).map(Number);
    expect(Math.hypot(tipX - ilp.x, tipY - ilp.y)).toBeCloseTo(ilp.size, 1);
    const line = doc.querySelector('#edges [data-id="e1"]');
    expect(attr(line, 'x2')).toBeLessThan(ilp.x - ilp.size);
    const undirected = doc.querySelector('#edges [data-id="e2"]');
    expect(attr(undirected, 'x2')).toBe(tribune.x);
    expect(attr(undirected, 'y2')).toBe(tribune.y);
  });

  it('draws curved edges as quadratic paths bowed off the straight line', () => {
    const doc = parse(renderSvg(scene({ edges: [edge('c', orwell, ilp, { curvature: 0.25 }), edge('s', orwell, tribune)] })));
    const curved = doc.querySelector('#edges [data-id="c"]');
    expect(curved?.tagName).toBe('path');
    expect(curved?.getAttribute('fill')).toBe('none');
    const [, , cx, cy] = curved!.getAttribute('d')!.split(/[ MQ]+/).filter(Boolean).map(Number);
    expect(cx).toBe(200);
    expect(Math.abs(cy - 100)).toBe(50);
    expect(doc.querySelector('#edges [data-id="s"]')?.tagName).toBe('line');
  });

  it('grows the canvas by a caption band and writes each caption line below the graph', () => {
    const doc = parse(renderSvg(scene()));
    const root = doc.documentElement;
    const height = attr(root, 'height');
    expect(height).toBeGreaterThan(300);
    expect(root.getAttribute('viewBox')).toBe(`0 0 400 ${height}`);
    const lines = [...doc.querySelectorAll('#caption text')];
    expect(lines.map((t) => t.textContent)).toEqual(scene().caption);
    for (const line of lines) {
      expect(attr(line, 'y')).toBeGreaterThan(300);
      expect(attr(line, 'y')).toBeLessThanOrEqual(height);
    }
    const bare = parse(renderSvg(scene({ caption: [] }))).documentElement;
    expect(bare.getAttribute('height')).toBe('300');
  });

  it('prints coordinates with at most two decimals', () => {
    const a = node('a', 100 / 3, 200 / 7, { size: 5.55555 });
    const b = node('b', 2000 / 9, 1000 / 11);
    const svg = renderSvg(scene({ nodes: [a, b], edges: [edge('ab', a, b, { directed: true, curvature: 0.3 })] }));
    expect(svg).not.toMatch(/\d\.\d{3}/);
    expect(svg).toContain('cx="33.33"');
  });

  it('turns colour alpha into an opacity that Inkscape understands', () => {
    const doc = parse(renderSvg(scene({ nodes: [node('faded', 10, 10, { color: '#3366cc80' })], edges: [] })));
    const circle = doc.querySelector('circle.node');
    expect(circle?.getAttribute('fill')).toBe('#3366cc');
    expect(Number(circle?.getAttribute('fill-opacity'))).toBeCloseTo(0.5, 1);
  });

  it('writes a label where the placement measured it, and the PDF variant draws a white box as its halo', () => {
    const boxed = node('boxed', 100, 100, { label: 'Boxed', box: { x: 60, y: 80, width: 40, height: 17 } });
    const svg = renderSvg(scene({ nodes: [boxed], edges: [], font: { family: 'DejaVu Sans', size: 13, weight: 'normal' } }));
    const text = parse(svg).querySelector('#labels text');
    expect(attr(text, 'x')).toBe(62.5);
    expect(attr(text, 'y')).toBeCloseTo(80 + 8.5 + 13 / 3, 1);
    expect(text?.hasAttribute('text-anchor')).toBe(false);
    expect(parse(svg).querySelector('#labels')?.getAttribute('font-family')).toBe('DejaVu Sans');
    const pdf = parse(renderSvg(scene({ nodes: [boxed], edges: [] }), { halo: 'box' }));
    const halo = pdf.querySelector('#label-halos rect');
    expect(attr(halo, 'x')).toBe(60);
    expect(attr(halo, 'width')).toBe(40);
    expect(pdf.querySelector('#labels')?.hasAttribute('stroke')).toBe(false);
  });

  it('draws the legend band under the map and declares a printed size when given one', () => {
    const measure = (text: string, size: number) => text.length * size * 0.6;
    const legend = legendFor(['person'], ['member_of'], 'degree', [{ value: 10, radius: 6 }]);
    const footer = layoutFooter({ width: 600, legend, caption: scene().caption, measure });
    const doc = parse(renderSvg(scene({ width: 600, footer, outer: { width: '210mm', height: '297mm' } })));
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe('210mm');
    expect(root.getAttribute('viewBox')).toBe(`0 0 600 ${300 + footer.height}`);
    const texts = [...doc.querySelectorAll('#footer text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Kinds', 'People', 'Membership & leadership', '10', ...scene().caption]));
    expect(doc.querySelectorAll('#footer circle.legend-swatch')).toHaveLength(2);
    expect(doc.querySelector('#caption')).toBeNull();
    for (const t of doc.querySelectorAll('#footer text')) expect(attr(t, 'y')).toBeGreaterThan(300);
  });

  it('draws small multiples as panels with a title, counts and a map clipped to the panel', () => {
    const panel = (i: number) => ({
      x: i * 210, y: 0, width: 200, height: 300, mapTop: 40, title: `19${i + 1}0s`, subtitle: `${i + 1} nodes · 0 relations`,
      nodes: [node(`n${i}`, 50, 50)], edges: [],
    });
    const doc = parse(renderSvg(scene({ width: 420, panels: [panel(0), panel(1)] })));
    const panels = [...doc.querySelectorAll('g.panel')];
    expect(panels.map((p) => p.querySelector('.panel-title')?.textContent)).toEqual(['1910s', '1920s']);
    expect(panels[1].querySelector('.panel-counts')?.textContent).toBe('2 nodes · 0 relations');
    expect(doc.querySelectorAll('clipPath')).toHaveLength(2);
    expect(doc.querySelector('#nodes-p1 circle')?.getAttribute('data-id')).toBe('n1');
    expect(doc.querySelector('#nodes')).toBeNull();
  });

  it('writes relation labels turned along their relation, in the relation font', () => {
    const e = edge('e1', orwell, ilp, { label: { text: 'Member of', x: 200, y: 100, angle: Math.PI / 6, width: 64 } });
    const doc = parse(renderSvg(scene({ edges: [e], edgeFont: { family: 'Arial', size: 11, weight: 'normal' } })));
    const text = doc.querySelector('#edge-labels text');
    expect(text?.textContent).toBe('Member of');
    expect(text?.getAttribute('transform')).toBe('translate(200 100) rotate(30)');
    expect(attr(text, 'x')).toBe(-30);
    expect(doc.querySelector('#edge-labels')?.getAttribute('font-size')).toBe('11');
    expect(parse(renderSvg(scene())).querySelector('#edge-labels')).toBeNull();
  });

  it('refuses a view without a size', () => {
    expect(() => renderSvg(scene({ width: 0 }))).toThrow(/export\/svg/);
  });
});
