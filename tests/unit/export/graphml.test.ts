// GraphML export: parsed back with graphology-graphml, every node and relation comes back with its
// declared, typed attributes, colour, size, position and direction; hostile text comes back intact.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeGraphml } from '../../../src/lib/export/graphml';
import { FAMILY_COLORS, KIND_COLORS } from '../../../src/lib/render/palette';
import { RELATIONS, type NodeKind, type Relation } from '../../../src/lib/model/vocabulary';
import { bundledGraph, CONTROLS_KEPT, forbiddenCharacters, HOSTILE, hostileGraph, networkFor, type ExportGraph } from './export-graphs';

describe('GraphML export of the bundled dataset', () => {
  let input: ExportGraph;
  let xml: string;
  let parsed: Graph;
  beforeAll(() => {
    input = bundledGraph();
    xml = writeGraphml(networkFor(input, {}, 'the whole graph'));
    parsed = parse(Graph, xml);
  }, 60_000); // compiling the bundled dataset takes seconds on a busy machine

  it('declares every key with its type before the graph', () => {
    expect(xml).toContain('<key id="n-pagerank" for="node" attr.name="pagerank" attr.type="double"/>');
    expect(xml).toContain('<key id="e-year_start" for="edge" attr.name="year_start" attr.type="int"/>');
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const declared = new Set<string>();
    const keys = doc.getElementsByTagName('key');
    for (let i = 0; i < keys.length; i++) declared.add(keys[i].getAttribute('id')!);
    const used = doc.getElementsByTagName('data');
    for (let i = 0; i < used.length; i++) expect(declared.has(used[i].getAttribute('key')!)).toBe(true);
    expect(xml.indexOf('<graph ')).toBeGreaterThan(xml.lastIndexOf('<key '));
  });

  it('gives back every node with its label, kind, colour, size, position and lists', () => {
    expect(parsed.order).toBe(input.graph.order);
    input.graph.forEachNode((key, a) => {
      const back = parsed.getNodeAttributes(key);
      expect(back).toMatchObject({ label: a.label, kind: a.kind, color: KIND_COLORS[a.kind as NodeKind], size: input.sizes.get(key), x: a.x, y: a.y, degree: a.degree, year_start: a.years!.start.year });
      expect(JSON.parse(back.currents)).toEqual(a.currents);
      expect(JSON.parse(back.aliases)).toEqual(a.aliases);
    });
    expect(parsed.getAttributes()).toMatchObject({ title: input.graph.getAttribute('title'), version: 'test-version', description: 'the whole graph' });
  });

  it('gives back every relation with its ends, direction, relation and colour', () => {
    expect(parsed.size).toBe(input.graph.size);
    input.graph.forEachEdge((key, a, source, target) => {
      const spec = RELATIONS[a.relation as Relation];
      expect([parsed.source(key), parsed.target(key)]).toEqual([source, target]);
      expect(parsed.isDirected(key)).toBe(spec.directed);
      expect(parsed.getEdgeAttributes(key)).toMatchObject({ label: spec.label, relation: a.relation, confidence: a.confidence, color: FAMILY_COLORS[spec.family] });
    });
    expect(parsed.getEdgeAttributes('george-orwell--member_of--independent-labour-party')).toMatchObject({ year_start: 1938, year_end: 1939 });
  });

  it('with a time window writes only what the window shows', () => {
    const window = networkFor(input, { years: { from: 1936, to: 1939 } });
    const back = parse(Graph, writeGraphml(window));
    expect([back.order, back.size]).toEqual([window.nodes.length, window.edges.length]);
    expect(back.order).toBeLessThan(input.graph.order);
  });

  it('is well-formed XML by xmllint\'s reading too', () => {
    if (spawnSync('xmllint', ['--version']).status !== 0) return; // gexf-schema.test.ts says when xmllint is missing
    const file = join(mkdtempSync(join(tmpdir(), 'atlas-graphml-')), 'export.graphml');
    writeFileSync(file, xml);
    expect(spawnSync('xmllint', ['--noout', file]).status).toBe(0);
  });
});

describe('GraphML export of hostile text', () => {
  let xml: string;
  let parsed: Graph;
  beforeAll(() => {
    xml = writeGraphml(networkFor(hostileGraph(), {}, HOSTILE.label));
    parsed = parse(Graph, xml);
  });

  it('escapes markup and drops what XML cannot carry', () => {
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain(']]>');
    expect(forbiddenCharacters(xml)).toEqual([]);
  });

  it('gives back ids, labels, lists and texts intact (less the characters XML 1.0 forbids)', () => {
    expect(parsed.nodes().sort()).toEqual(['a&b', 'c<d>', 'e"f\''].sort());
    expect(parsed.getNodeAttribute('a&b', 'label')).toBe(HOSTILE.label);
    expect(parsed.getNodeAttribute('c<d>', 'label')).toBe(CONTROLS_KEPT);
    expect(parsed.getNodeAttribute('e"f\'', 'label')).toBe(HOSTILE.whitespace);
    expect(JSON.parse(parsed.getNodeAttribute('a&b', 'aliases'))).toEqual(HOSTILE.list);
    expect(parsed.getNodeAttribute('a&b', 'bio')).toBe(`${HOSTILE.label} ${HOSTILE.whitespace}`);
    expect(parsed.getAttribute('description')).toBe(HOSTILE.label);
    expect(parsed.getNodeAttributes('a&b')).toMatchObject({ x: -12.5, y: 3e-7, size: 8 });
    expect(parsed.isDirected('a&b--allied_with--e"f\'')).toBe(false);
    expect(parsed.isDirected('a&b--member_of--c<d>')).toBe(true);
  });
});
