// The streaming GraphML reader (saxes, no document) against graphology-graphml's own parser over an
// @xmldom/xmldom document, the reference it replaced for speed: on the same files, every node and
// edge gets the same attributes (cast by their keys, defaults, r/g/b folded into a colour).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, Document } from '@xmldom/xmldom';
import Graph from 'graphology';
import createGraphmlParser from 'graphology-graphml/common/parser.js';
import { describe, expect, it } from 'vitest';
import { generateNetwork } from '../../../scripts/bench/generate-network';
import { readGraphml } from '../../../src/lib/formats/graphml';
import { ProblemList } from '../../../src/lib/formats/problem';

const parseGraphml = createGraphmlParser(DOMParser, Document) as (G: typeof Graph, source: unknown, options?: object) => Graph;
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'formats', name), 'utf8');
const kept = (attributes: Record<string, unknown>) => Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, typeof v === 'number' && !Number.isFinite(v) ? null : v]));
/** The fields the reader lifts out of the attributes (lift.ts), as the atlas keeps them. */
const LIFTED = ['label', 'x', 'y', 'size', 'color', 'start', 'end', 'year', 'kind', 'relation', 'directed'];
const rest = (attributes: Record<string, unknown>) => Object.fromEntries(Object.entries(kept(attributes)).filter(([k]) => !LIFTED.includes(k)));

function compare(text: string) {
  const problems = new ProblemList('f.graphml');
  const ours = readGraphml(text, problems, new ProblemList('f.graphml'));
  expect(problems.lines()).toEqual([]);
  // The reference is given the file without per-edge `directed` (it would copy the graph for each).
  const reference = parseGraphml(Graph, new DOMParser().parseFromString(text.replace(/ directed="(true|false)"/g, ''), 'application/xml'));
  expect(ours!.nodes.map((n) => n.id)).toEqual(reference.nodes());
  for (const node of ours!.nodes) {
    const a = reference.getNodeAttributes(node.id);
    if (typeof a.label === 'string') expect(node.label).toBe(a.label);
    if (typeof a.x === 'number') expect([node.x, node.y]).toEqual([a.x, a.y]);
    expect(rest(Object.fromEntries(node.attributes))).toEqual(rest(a));
  }
  const edges = reference.edges();
  expect(ours!.edges.length).toBe(edges.length);
  ours!.edges.forEach((edge, i) => {
    expect([edge.source, edge.target]).toEqual([reference.source(edges[i]), reference.target(edges[i])]);
    expect(rest(Object.fromEntries(edge.attributes))).toEqual(rest(reference.getEdgeAttributes(edges[i])));
  });
  return ours!;
}

/** A generated network as GraphML: typed keys, a default, colours as r/g/b, booleans, undeclared data, mixed directions. */
function generated(nodes: number, edges: number): string {
  const g = generateNetwork({ nodes, edges, seed: 11, positions: true });
  const esc = (s: unknown) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '<key id="d0" for="node" attr.name="label" attr.type="string"/>', '<key id="d1" for="node" attr.name="x" attr.type="double"/>',
    '<key id="d2" for="node" attr.name="y" attr.type="double"/>', '<key id="d3" for="node" attr.name="circle" attr.type="string"><default>none</default></key>',
    '<key id="r" for="node" attr.name="r" attr.type="int"/>', '<key id="g" for="node" attr.name="g" attr.type="int"/>', '<key id="b" for="node" attr.name="b" attr.type="int"/>',
    '<key id="act" for="node" attr.name="active" attr.type="boolean"/>', '<key id="w" for="edge" attr.name="weight" attr.type="double"/>',
    '<key id="gt" for="graph" attr.name="title" attr.type="string"/>', '<graph id="G" edgedefault="undirected"><data key="gt">Generated</data>'];
  let i = 0;
  g.forEachNode((k, a) => {
    i++;
    out.push(`<node id="${esc(k)}"><data key="d0">${esc(a.label)}</data><data key="d1">${a.x}</data><data key="d2">${a.y}</data>`
      + `${i % 3 ? `<data key="d3">${esc(a.cluster)}</data>` : ''}${i % 5 === 0 ? '<data key="r">200</data><data key="g">10</data><data key="b">30</data>' : ''}`
      + `${i % 7 === 0 ? '<data key="act">True</data><data key="note">free &amp; text</data>' : ''}</node>`);
  });
  let j = 0;
  g.forEachEdge((k, _a, s, t) => { j++; out.push(`<edge id="${esc(k)}" source="${esc(s)}" target="${esc(t)}"${j % 4 === 0 ? ' directed="true"' : ''}><data key="w">${j % 10}</data></edge>`); });
  out.push('</graph></graphml>');
  return out.join('\n');
}

describe('the GraphML reader agrees with graphology-graphml', () => {
  it('on the letters fixture', () => {
    const graph = compare(fixture('letters.graphml'));
    expect(graph.nodes.length).toBeGreaterThan(0);
  });

  it('on a generated network of 300 nodes and 1,200 edges with typed keys, defaults, r/g/b, booleans and undeclared data', () => {
    const graph = compare(generated(300, 1_200));
    expect(graph.title).toBe('Generated');
    expect(graph.nodes[4].color).toBe('#c80a1e');
    expect(graph.nodes[6].attributes.get('active')).toBe(true);
    expect(graph.nodes[6].attributes.get('note')).toBe('free & text');
    expect(graph.nodes[2].attributes.get('circle')).toBe('none');
    expect(graph.edges.filter((e) => e.directed).length).toBe(300);
  });

  it('locates a problem at its element, and a broken document at its line', () => {
    const problems = new ProblemList('f.graphml');
    readGraphml('<graphml><graph>\n  <node id="a"/>\n  <node id="a"/></graph></graphml>', problems, new ProblemList('f.graphml'));
    expect(problems.lines()).toEqual(['f.graphml:3:3: <node id="a">: duplicate node id "a" (first at line 2): expected each id once']);
    const broken = new ProblemList('f.graphml');
    expect(readGraphml('<graphml><graph>\n<node id="a"></graph></graphml>', broken, new ProblemList('f.graphml'))).toBeNull();
    expect(broken.lines()[0]).toMatch(/^f\.graphml:2:\d+: -: not well-formed XML/);
  });
});
