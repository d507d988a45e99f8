// Focus's layout: direct neighbours on rows of their own around the centre, grouped by relation
// family and ordered by year, the most important first when rows run out; farther rings outside.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { ringsAround } from '../../../src/lib/analysis/neighbourhood';
import { focusLayout } from '../../../src/lib/layout/focus-layout';
import type { Graph } from '../../../src/lib/model/graph-type';
import { RELATION_FAMILIES, RELATIONS, type Relation } from '../../../src/lib/model/vocabulary';

const TYPES: Relation[] = ['member_of', 'edited', 'criticized', 'collaborated_with', 'participated_in'];

/** A centre with `n` neighbours (relation types and years mixed), each with one farther neighbour. */
function star(n: number): Graph {
  const graph = new MultiDirectedGraph() as unknown as Graph;
  graph.addNode('centre', { label: 'Centre' } as never);
  for (let i = 0; i < n; i++) {
    graph.addNode(`n${i}`, { label: `Neighbour ${i}` } as never);
    graph.addNode(`far${i}`, { label: `Far ${i}` } as never);
    // Years run against the index, so that ordering by year is not ordering by name.
    graph.addEdgeWithKey(`e${i}`, 'centre', `n${i}`, { relation: TYPES[(i * 7) % TYPES.length], years: { start: { year: 1990 - i } } } as never);
    graph.addEdgeWithKey(`f${i}`, `n${i}`, `far${i}`, { relation: 'member_of', years: {} } as never);
  }
  return graph;
}

const options = (graph: Graph, height = 800) => ({
  width: 700, height, margin: 10, rowHeight: 19, labelWidth: (n: string) => 8 * graph.getNodeAttribute(n, 'label').length,
  // Importance: the neighbours in index order.
  byImportance: graph.nodes().filter((n) => n.startsWith('n')).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))),
});

/** Clockwise angle from the top, 0 to 2π (y points down). */
const clockwise = (p: { x: number; y: number }) => (Math.atan2(p.x, -p.y) + 2 * Math.PI) % (2 * Math.PI);

describe('focusLayout', () => {
  const graph = star(40);
  const rings = ringsAround(graph, 'centre', 1, () => true);
  const layout = focusLayout(graph, 'centre', rings, () => true, options(graph));

  it('puts the centre in the middle and every direct neighbour on a row of its own, names outward', () => {
    expect(layout.positions.get('centre')).toEqual({ x: 0, y: 0 });
    expect(layout.positions.size).toBe(41);
    for (const side of ['left', 'right'] as const) {
      const ys = [...layout.sides].filter(([, s]) => s === side).map(([n]) => layout.positions.get(n)!.y).sort((a, b) => a - b);
      expect(ys.length).toBe(20);
      for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(19);
    }
    for (const [node, side] of layout.sides) expect(Math.sign(layout.positions.get(node)!.x)).toBe(side === 'right' ? 1 : -1);
    // Within the area asked for.
    for (const p of layout.positions.values()) expect(Math.abs(p.y)).toBeLessThanOrEqual(400 - 10);
  });

  it('groups neighbours by relation family clockwise from the top, and by year within a family', () => {
    const order = [...layout.sides.keys()].sort((a, b) => clockwise(layout.positions.get(a)!) - clockwise(layout.positions.get(b)!));
    const family = (n: string) => RELATION_FAMILIES.indexOf(RELATIONS[graph.getEdgeAttribute(`e${n.slice(1)}`, 'relation') as Relation].family);
    const year = (n: string) => graph.getEdgeAttribute(`e${n.slice(1)}`, 'years').start!.year;
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [order[i - 1], order[i]];
      expect(family(a)).toBeLessThanOrEqual(family(b));
      if (family(a) === family(b)) expect(year(a)).toBeLessThanOrEqual(year(b));
    }
  });

  it('keeps the row right of the centre free for the centre\'s own name', () => {
    const [, p] = [...layout.positions].find(([n, q]) => n !== 'centre' && q.x > 0 && Math.abs(q.y) < 19) ?? [null, null];
    expect(p).toBeNull();
  });

  it('keeps discs small enough to stay off the neighbouring rows\' names', () => {
    const ys = [...layout.sides].filter(([, s]) => s === 'right').map(([n]) => layout.positions.get(n)!.y).sort((a, b) => a - b);
    const gap = Math.min(...ys.slice(1).map((y, i) => y - ys[i]));
    expect(layout.maxRadius).toBeGreaterThanOrEqual(3);
    expect(layout.maxRadius + 19 / 2).toBeLessThanOrEqual(gap);
  });

  it('gives the rows to the most important neighbours when there are more neighbours than rows', () => {
    const short = focusLayout(graph, 'centre', rings, () => true, options(graph, 200));
    // Rows per side are odd (the right side keeps its middle row for the centre's name).
    const perSide = Math.floor((200 - 20) / 19);
    const rows = 2 * (perSide % 2 === 1 ? perSide : perSide - 1) - 1;
    expect(short.sides.size).toBe(rows);
    for (let i = 0; i < rows; i++) expect(short.sides.has(`n${i}`)).toBe(true);
    // The others wait on an inner circle, still laid out.
    for (let i = rows; i < 40; i++) {
      const p = short.positions.get(`n${i}`)!;
      expect(Math.hypot(p.x, p.y)).toBeLessThan(100);
    }
  });

  it('lays farther rings outside the oval and its names, and is the same twice', () => {
    const deep = ringsAround(graph, 'centre', 2, () => true);
    const a = focusLayout(graph, 'centre', deep, () => true, options(graph));
    const b = focusLayout(graph, 'centre', deep, () => true, options(graph));
    expect([...a.positions]).toEqual([...b.positions]);
    const oval = Math.max(...[...a.sides.keys()].map((n) => Math.abs(a.positions.get(n)!.x)));
    for (let i = 0; i < 40; i++) {
      const p = a.positions.get(`far${i}`)!;
      expect(Math.hypot(p.x, p.y)).toBeGreaterThan(oval + 8 * 'Neighbour 39'.length);
    }
    expect(a.reach.x).toBeGreaterThan(oval);
  });
});
