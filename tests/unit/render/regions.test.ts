// Regions behind the nodes: which nodes form them (visible members only, the largest groups), and
// their shapes: where members gather, not around a lone member, with label anchors inside.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { Graph, GraphNodeAttributes } from '../../../src/lib/model/graph-type';
import type { Current } from '../../../src/lib/model/vocabulary';
import { insideRings, regionShapes } from '../../../src/lib/render/region-geometry';
import { COMMUNITY_COLORS, CURRENT_COLORS, regionGroups, type RegionGroup } from '../../../src/lib/render/region-groups';

/** A graph of nodes at given places, with currents and a community each. */
function graphOf(nodes: { id: string; x: number; y: number; currents?: Current[]; community?: number; pagerank?: number }[]): Graph {
  const graph: Graph = new MultiDirectedGraph();
  for (const n of nodes) {
    const attributes: GraphNodeAttributes = {
      label: n.id.toUpperCase(), kind: 'person', x: n.x, y: n.y, degree: 1, pagerank: n.pagerank ?? 0, betweenness: 0,
      community: n.community ?? 0, years: { start: { year: 1900 } }, currents: n.currents ?? [], aliases: [], radii: [3, 3, 3],
    };
    graph.addNode(n.id, attributes);
  }
  return graph;
}

/** `count` members of a current in a tight cluster around (cx, cy). */
function cluster(prefix: string, cx: number, cy: number, count: number, currents: Current[], community = 0) {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${i}`, x: cx + 12 * Math.cos(i), y: cy + 12 * Math.sin(i * 1.7), currents, community,
  }));
}

describe('regionGroups', () => {
  const nodes = [...cluster('t', 0, 0, 8, ['trotskyism']), ...cluster('a', 300, 0, 6, ['anarchism']), ...cluster('s', 0, 300, 3, ['stalinism'])];
  const graph = graphOf(nodes);
  const all = new Set(graph.nodes());
  const byImportance = graph.nodes();

  it('draws the currents with enough visible members, most members first, in their own colours', () => {
    const groups = regionGroups(graph, 'currents', all, byImportance);
    expect(groups.map((g) => [g.key, g.members.length])).toEqual([['trotskyism', 8], ['anarchism', 6]]);
    expect(groups[0]).toMatchObject({ label: 'Trotskyism', color: CURRENT_COLORS.trotskyism });
    expect(regionGroups(graph, 'none', all, byImportance)).toEqual([]);
  });

  it('counts only the visible nodes and keeps the largest groups', () => {
    const visible = new Set(graph.nodes().filter((n) => n !== 'a0'));
    expect(regionGroups(graph, 'currents', visible, byImportance).map((g) => g.key)).toEqual(['trotskyism']);
    expect(regionGroups(graph, 'currents', all, byImportance, { maxRegions: 1, minMembers: 2 }).map((g) => g.key)).toEqual(['trotskyism']);
  });

  it('names a community after its most important visible member', () => {
    const g = graphOf([...cluster('x', 0, 0, 6, [], 3), { id: 'lead', x: 5, y: 5, community: 3, pagerank: 0.5 }]);
    const order = ['lead', ...g.nodes().filter((n) => n !== 'lead')];
    const [group] = regionGroups(g, 'communities', new Set(g.nodes()), order);
    expect(group).toMatchObject({ key: 'community-3', label: 'Around LEAD', color: COMMUNITY_COLORS[0] });
    const withoutLead = new Set(g.nodes().filter((n) => n !== 'lead'));
    expect(regionGroups(g, 'communities', withoutLead, order)[0].label).toBe('Around X0');
    // With a time window, by the member's name of the time.
    expect(regionGroups(g, 'communities', new Set(g.nodes()), order, {}, new Map([['lead', 'EARLY LEAD']]))[0].label).toBe('Around EARLY LEAD');
  });
});

describe('regionShapes', () => {
  const position = (graph: Graph) => (node: string) => (graph.hasNode(node) ? graph.getNodeAttributes(node) : null);
  const groupOf = (graph: Graph, key = 'trotskyism'): RegionGroup => ({ key, label: key, color: '#e15759', members: graph.nodes() });

  it('covers where members gather, not a lone member far from them', () => {
    const graph = graphOf([...cluster('t', 0, 0, 8, ['trotskyism']), { id: 'far', x: 600, y: 600, currents: ['trotskyism'] }]);
    const [region] = regionShapes([groupOf(graph)], position(graph), 1000);
    expect(region.members).toBe(9);
    for (let i = 0; i < 8; i++) expect(insideRings(region.rings, ...xy(graph, `t${i}`))).toBe(true);
    expect(insideRings(region.rings, 600, 600)).toBe(false);
    // Its name goes inside it.
    expect(region.anchors.length).toBeGreaterThan(0);
    for (let i = 0; i < region.anchors.length; i += 2) expect(insideRings(region.rings, region.anchors[i], region.anchors[i + 1])).toBe(true);
  });

  it('keeps two gatherings of a current as two parts, and drops a speck of a few members', () => {
    const graph = graphOf([...cluster('a', 0, 0, 10, ['trotskyism']), ...cluster('b', 500, 0, 10, ['trotskyism']), ...cluster('c', 0, 500, 2, ['trotskyism'])]);
    const [region] = regionShapes([groupOf(graph)], position(graph), 1000);
    expect(insideRings(region.rings, 0, 0)).toBe(true);
    expect(insideRings(region.rings, 500, 0)).toBe(true);
    expect(insideRings(region.rings, 250, 0)).toBe(false);
    expect(insideRings(region.rings, 0, 500)).toBe(false);
  });

  it('draws nothing for members that never gather, and never throws on bad input', () => {
    const scattered = graphOf(Array.from({ length: 8 }, (_, i) => ({ id: `n${i}`, x: i * 400, y: 0 })));
    expect(regionShapes([groupOf(scattered)], position(scattered), 1000)).toEqual([]);
    const graph = graphOf(cluster('t', 0, 0, 8, ['trotskyism']));
    expect(regionShapes([groupOf(graph)], position(graph), 1000, { bandwidth: 0 })).toEqual([]);
    expect(regionShapes([groupOf(graph)], position(graph), 1000, { level: Number.NaN })).toEqual([]);
    const broken = regionShapes([{ ...groupOf(graph), members: [...graph.nodes(), 'missing'] }], (n) => (n === 't0' ? { x: Number.NaN, y: 0 } : position(graph)(n)), 1000);
    expect(broken).toHaveLength(1);
    expect(broken[0].members).toBe(7);
  });

  it('draws larger regions first, so that smaller ones are not buried under them', () => {
    const graph = graphOf([...cluster('s', 0, 0, 6, ['stalinism']), ...Array.from({ length: 30 }, (_, i) => ({ id: `t${i}`, x: 400 + (i % 6) * 25, y: Math.floor(i / 6) * 25, currents: ['trotskyism'] as Current[] }))]);
    const small = { ...groupOf(graph, 'stalinism'), members: graph.nodes().filter((n) => n.startsWith('s')) };
    const large = { ...groupOf(graph, 'trotskyism'), members: graph.nodes().filter((n) => n.startsWith('t')) };
    expect(regionShapes([small, large], position(graph), 1000).map((r) => r.key)).toEqual(['trotskyism', 'stalinism']);
  });

  it('keeps its look when the layout is scaled: the shapes scale with the positions', () => {
    const graph = graphOf(cluster('t', 0, 0, 8, ['trotskyism']));
    const [region] = regionShapes([groupOf(graph)], position(graph), 1000);
    const [scaled] = regionShapes([groupOf(graph)], (n) => ({ x: graph.getNodeAttribute(n, 'x') * 10, y: graph.getNodeAttribute(n, 'y') * 10 }), 10_000);
    expect(scaled.rings.map((r) => r.length)).toEqual(region.rings.map((r) => r.length));
    expect(scaled.rings[0][0]).toBeCloseTo(region.rings[0][0] * 10, 6);
    expect(scaled.width).toBeCloseTo(region.width * 10, 6);
    expect(regionShapes([groupOf(graph)], position(graph), 0)).toEqual([]);
  });
});

function xy(graph: Graph, node: string): [number, number] {
  const a = graph.getNodeAttributes(node);
  return [a.x, a.y];
}
