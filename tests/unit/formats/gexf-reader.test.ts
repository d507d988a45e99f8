// The streaming GEXF reader (saxes, no document) against graphology-gexf's own parser over an
// @xmldom/xmldom document, the reference it replaced for speed: on the same files, every node and
// edge gets the same label, position, size, colour and attributes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, Document } from '@xmldom/xmldom';
import Graph from 'graphology';
import createGexfParser from 'graphology-gexf/common/parser.js';
import { write } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { generateNetwork } from '../../../scripts/bench/generate-network';
import { parseColor } from '../../../src/lib/formats/color';
import { readGexf } from '../../../src/lib/formats/gexf';
import { ProblemList } from '../../../src/lib/formats/problem';

const parseGexf = createGexfParser(DOMParser, Document) as (G: typeof Graph, source: unknown, options?: object) => Graph;
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'formats', name), 'utf8');

/** A value as the atlas keeps it: a number that is not finite is no value. */
const kept = (attributes: Record<string, unknown>) => Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, typeof v === 'number' && !Number.isFinite(v) ? null : v]));

function compare(text: string) {
  const problems = new ProblemList('f.gexf');
  const ours = readGexf(text, problems, new ProblemList('f.gexf'));
  expect(problems.lines()).toEqual([]);
  const reference = parseGexf(Graph, new DOMParser().parseFromString(text, 'application/xml'), { allowUndeclaredAttributes: true });
  expect(ours!.nodes.map((n) => n.id)).toEqual(reference.nodes());
  for (const node of ours!.nodes) {
    const { label, x, y, z, size, color, ...rest } = reference.getNodeAttributes(node.id);
    void z;
    expect(node.label).toBe(typeof label === 'string' ? label : undefined);
    expect([node.x, node.y, node.size]).toEqual([x, y, size]);
    expect(node.color).toBe(color === undefined ? undefined : parseColor(color) ?? undefined);
    expect(Object.fromEntries(node.attributes)).toEqual(kept(rest));
  }
  const edges = reference.edges();
  expect(ours!.edges.length).toBe(edges.length);
  ours!.edges.forEach((edge, i) => {
    const key = edges[i];
    expect([edge.source, edge.target]).toEqual([reference.source(key), reference.target(key)]);
    expect(edge.directed).toBe(reference.isDirected(key));
    const { color, ...rest } = reference.getEdgeAttributes(key);
    expect(edge.color).toBe(color === undefined ? undefined : parseColor(color) ?? undefined);
    expect(Object.fromEntries(edge.attributes)).toEqual(kept(rest));
  });
  return ours!;
}

describe('the GEXF reader agrees with graphology-gexf', () => {
  it('on a GEXF 1.3 file with positions, colours, an attribute model and spells', () => {
    const graph = compare(fixture('letters.gexf'));
    expect(graph.nodes[1].years).toEqual({ start: 1902, end: 1960 });
    expect(graph.attributes.get('lastModifiedDate')).toBe('2026-01-01');
  });

  it('on a file as Gephi writes it: numeric ids with titles (a named id keeps its name), defaults, lists, undeclared values, rgba and hex', () => {
    const graph = compare(fixture('gephi-style.gexf'));
    expect(Object.fromEntries(graph.nodes[0].attributes)).toMatchObject({ url: 'https://example.org/quill', indegree: 1, frog: true, tags: ['a', 'b', 'c d'], undeclared: '42', kind: 'software' });
    expect(graph.nodes[1].attributes.get('frog')).toBe(false);
    expect(graph.nodes[1].color).toBe('#00ff00');
    expect(graph.nodes[2].attributes.get('indegree')).toBeNull();
    expect(graph.nodes[2].years).toEqual({ start: 1990, end: 2001 });
    expect(graph.edges[1].attributes.get('w')).toBe(9);
    expect(graph.edges[0].attributes.get('w')).toBe(0.5);
    expect(graph.attributes.get('description')).toBe('A <rich> file & more');
  });

  it('on a generated network of 500 nodes and 2,000 edges as graphology-gexf writes it', () => {
    const network = generateNetwork({ nodes: 500, edges: 2_000, seed: 7, positions: true });
    const graph = compare(write(network, { version: '1.3' }));
    expect(graph.nodes.length).toBe(500);
  });

  it('locates each element at its "<" (line and column), as problems are reported', () => {
    const problems = new ProblemList('f.gexf');
    readGexf('<gexf><graph><nodes>\n  <node id="a"/>\n    <node id="a"/></nodes></graph></gexf>', problems, new ProblemList('f.gexf'));
    expect(problems.lines()).toEqual(['f.gexf:3:5: <node id="a">: duplicate node id "a" (first at line 2): expected each id once']);
  });

  it('names a broken document\'s line and column, and an undefined entity', () => {
    const problems = new ProblemList('f.gexf');
    expect(readGexf('<gexf><graph><nodes>\n<node id="a" label="&nbsp;"/></nodes></graph></gexf>', problems, new ProblemList('f.gexf'))).toBeNull();
    expect(problems.lines()[0]).toMatch(/^f\.gexf:2:\d+: -: not well-formed XML: undefined entity: expected only &amp;/);
    const truncated = new ProblemList('f.gexf');
    expect(readGexf('<gexf><graph><nodes>\n<node id="a"/></nodes></gra', truncated, new ProblemList('f.gexf'))).toBeNull();
    expect(truncated.lines()[0]).toMatch(/^f\.gexf:2:\d+: -: not well-formed XML/);
  });
});
