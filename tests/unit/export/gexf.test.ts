// GEXF export: parsed back with graphology-gexf (the parser Gephi Lite uses), every node and
// relation comes back with its kind, relation, colour, size and position; the years come back as
// spells; hostile text comes back as it was written.
import { DOMParser, type Element } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { beforeAll, describe, expect, it } from 'vitest';
import { gexfList, writeGexf } from '../../../src/lib/export/gexf';
import type { Network } from '../../../src/lib/export/network';
import { relationInterval } from '../../../src/lib/query/filters';
import { FAMILY_COLORS, KIND_COLORS } from '../../../src/lib/render/palette';
import { RELATIONS, type NodeKind, type Relation } from '../../../src/lib/model/vocabulary';
import { bundledGraph, CONTROLS_KEPT, forbiddenCharacters, HOSTILE, hostileGraph, networkFor, type ExportGraph } from './export-graphs';

const DATE = new Date('2026-03-04T12:00:00Z');
const rgb = (hex: string) => `rgb(${parseInt(hex.slice(1, 3), 16)},${parseInt(hex.slice(3, 5), 16)},${parseInt(hex.slice(5, 7), 16)})`;

/** The spells of every node or edge element, read from the XML itself (graphology-gexf skips them). */
function spellsOf(xml: string, tag: 'node' | 'edge'): Map<string, { start: number | null; end: number | null }[]> {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const out = new Map<string, { start: number | null; end: number | null }[]>();
  const elements = doc.getElementsByTagName(tag);
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i] as Element;
    const spells = element.getElementsByTagName('spell');
    const list = [];
    for (let j = 0; j < spells.length; j++) {
      const spell = spells[j] as Element;
      const value = (name: string) => (spell.hasAttribute(name) ? Number(spell.getAttribute(name)) : null);
      list.push({ start: value('start'), end: value('end') });
    }
    out.set(element.getAttribute('id')!, list);
  }
  return out;
}

describe('GEXF export of the bundled dataset', () => {
  let input: ExportGraph;
  let network: Network;
  let xml: string;
  let parsed: Graph;
  beforeAll(() => {
    input = bundledGraph();
    network = networkFor(input);
    xml = writeGexf(network, DATE);
    parsed = parse(Graph, xml);
  }, 60_000); // compiling the bundled dataset takes seconds on a busy machine

  it('declares GEXF 1.3, a dynamic graph over integer years, and the dataset in its meta', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<gexf xmlns="http:\/\/gexf.net\/1.3" xmlns:viz="http:\/\/gexf.net\/1.3\/viz" version="1.3">/);
    expect(xml).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="integer" timerepresentation="interval">');
    expect(xml).toContain('<meta lastmodifieddate="2026-03-04"><creator>Influence Atlas</creator><description>test export</description></meta>');
    expect(xml).toContain('<attribute id="pagerank" title="pagerank" type="double"/>');
    expect(xml).toContain('<attribute id="currents" title="currents" type="liststring"/>');
  });

  it('gives back every node with its label, kind, colour, size and position', () => {
    expect(parsed.order).toBe(input.graph.order);
    input.graph.forEachNode((key, a) => {
      const back = parsed.getNodeAttributes(key);
      expect(back).toMatchObject({ label: a.label, kind: a.kind, color: rgb(KIND_COLORS[a.kind as NodeKind]), size: input.sizes.get(key), x: a.x, y: a.y });
      expect(back.currents).toEqual(a.currents);
      expect(back.aliases).toEqual(a.aliases);
      expect(back.degree).toBe(a.degree);
      expect(back.pagerank).toBeCloseTo(a.pagerank, 12);
      expect(back.year_start).toBe(a.years!.start.year);
    });
    expect(parsed.getNodeAttribute('george-orwell', 'countries')).toEqual(input.texts.nodes['george-orwell'].countries);
    expect(parsed.getNodeAttribute('george-orwell', 'bio')).toBe(input.texts.nodes['george-orwell'].bio);
  });

  it('gives back every relation with its ends, direction, relation, colour and evidence', () => {
    expect(parsed.size).toBe(input.graph.size);
    let undirected = 0;
    input.graph.forEachEdge((key, a, source, target) => {
      const spec = RELATIONS[a.relation as Relation];
      expect(parsed.source(key)).toBe(source);
      expect(parsed.target(key)).toBe(target);
      expect(parsed.isUndirected(key)).toBe(!spec.directed);
      if (!spec.directed) undirected++;
      expect(parsed.getEdgeAttributes(key)).toMatchObject({ label: spec.label, kind: a.relation, relation: a.relation, confidence: a.confidence, color: rgb(FAMILY_COLORS[spec.family]) });
    });
    expect(undirected).toBeGreaterThan(10);
    const ilp = parsed.getEdgeAttributes('george-orwell--member_of--independent-labour-party');
    expect(ilp).toMatchObject({ year_start: 1938, year_end: 1939, years: '1938–1939' });
    expect(ilp.sources).toEqual([...new Set(input.texts.evidence['george-orwell--member_of--independent-labour-party'].map((e) => e.source))]);
    expect(ilp.evidence).toMatch(/Crick.* — passim: Orwell joined the ILP/);
  });

  it('writes each relation\'s years as a spell, as the time window counts them, and each node\'s as the years of its relations', () => {
    const edgeSpells = spellsOf(xml, 'edge');
    input.graph.forEachEdge((key, a) => {
      const [start, end] = relationInterval(a.relation, a.years);
      // A relation with no year at either end (data/README allows it) holds at all times: no spell.
      const spell = { start: Number.isFinite(start) ? start : null, end: Number.isFinite(end) ? end : null };
      expect(edgeSpells.get(key)).toEqual(spell.start === null && spell.end === null ? [] : [spell]);
    });
    expect(edgeSpells.get('george-orwell--member_of--independent-labour-party')).toEqual([{ start: 1938, end: 1939 }]);
    // An act (authorship) counts in its year only.
    expect(edgeSpells.get('george-orwell--authored--homage-to-catalonia')).toEqual([{ start: 1938, end: 1938 }]);
    const nodeSpells = spellsOf(xml, 'node');
    // Every year in which a node has a relation lies inside one of its spells (no spells: always there).
    let open = 0;
    input.graph.forEachNode((node) => {
      const spells = nodeSpells.get(node)!;
      if (!spells.length) open++;
      const inside = (year: number) => !spells.length || spells.some((s) => (s.start ?? -Infinity) <= year && year <= (s.end ?? Infinity));
      for (const edge of input.graph.edges(node)) {
        const [start, end] = relationInterval(input.graph.getEdgeAttribute(edge, 'relation'), input.graph.getEdgeAttribute(edge, 'years'));
        if (Number.isFinite(start)) expect(inside(start), `${node} ${edge}`).toBe(true);
        if (Number.isFinite(end)) expect(inside(end), `${node} ${edge}`).toBe(true);
      }
    });
    // Spells are the rule: only a node with an open-ended relation both ways is there in every year.
    expect(open).toBeLessThan(input.graph.order / 10);
    expect(nodeSpells.get('george-orwell')!.length).toBeGreaterThan(0);
    // A node's spells are no wider than its relations: Orwell's start with his first dated relation.
    const orwellStarts = input.graph.edges('george-orwell').map((e) => relationInterval(input.graph.getEdgeAttribute(e, 'relation'), input.graph.getEdgeAttribute(e, 'years'))[0]);
    expect(nodeSpells.get('george-orwell')![0].start).toBe(Math.min(...orwellStarts));
  });

  it('with a time window writes only what the window shows, and says so in its description', () => {
    const window = networkFor(input, { years: { from: 1936, to: 1939 } }, 'Filters: 1936–1939');
    const back = parse(Graph, writeGexf(window, DATE));
    expect(back.order).toBe(window.nodes.length);
    expect(back.size).toBe(window.edges.length);
    expect(back.order).toBeLessThan(input.graph.order);
    expect(back.size).toBeGreaterThan(100);
    back.forEachEdge((_key, a) => {
      expect(a.year_start ?? -Infinity).toBeLessThanOrEqual(1939);
    });
    expect(back.getAttribute('description')).toBe('Filters: 1936–1939');
  });

  it('with the provenance lens writes only the relations resting on the chosen kind of source', () => {
    const lens = networkFor(input, { provenance: { source: null, kind: 'primary', minSources: 1 } });
    const back = parse(Graph, writeGexf(lens, DATE));
    expect(back.size).toBeGreaterThan(20);
    expect(back.size).toBeLessThan(input.graph.size / 2);
    back.forEachEdge((edge, a) => {
      expect((a.sources as string[]).some((id) => input.sources.get(id)?.type === 'primary'), edge).toBe(true);
    });
  });
});

describe('GEXF export of hostile text', () => {
  let xml: string;
  let parsed: Graph;
  beforeAll(() => {
    xml = writeGexf(networkFor(hostileGraph(), {}, `caption ${HOSTILE.label}\n${HOSTILE.controls}`), DATE);
    parsed = parse(Graph, xml);
  });

  it('escapes markup and drops what XML cannot carry, so no text becomes an element', () => {
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<b>');
    expect(xml).not.toContain(']]>');
    expect(forbiddenCharacters(xml)).toEqual([]);
    const doc = new DOMParser({ onError: (level, message) => { throw new Error(`${level}: ${message}`); } }).parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('script').length).toBe(0);
  });

  it('gives back ids, labels, lists and texts intact (less the characters XML 1.0 forbids)', () => {
    expect(parsed.nodes().sort()).toEqual(['a&b', 'c<d>', 'e"f\''].sort());
    expect(parsed.getNodeAttribute('a&b', 'label')).toBe(HOSTILE.label);
    expect(parsed.getNodeAttribute('c<d>', 'label')).toBe(CONTROLS_KEPT);
    expect(parsed.getNodeAttribute('e"f\'', 'label')).toBe(HOSTILE.whitespace);
    expect(parsed.getNodeAttribute('a&b', 'aliases')).toEqual(HOSTILE.list);
    expect(parsed.getNodeAttribute('e"f\'', 'aliases')).toEqual([CONTROLS_KEPT]);
    expect(parsed.getNodeAttribute('a&b', 'bio')).toBe(`${HOSTILE.label} ${HOSTILE.whitespace}`);
    expect(parsed.getNodeAttribute('e"f\'', 'bio')).toBe('=HYPERLINK("http://x")');
    expect(parsed.getEdgeAttribute('a&b--member_of--c<d>', 'evidence')).toBe(`A. Author (1999). Title ${HOSTILE.label}. — p. <1>: ${HOSTILE.label}`);
    expect(parsed.getAttribute('description')).toBe(`caption ${HOSTILE.label}\n${CONTROLS_KEPT}`);
  });

  it('keeps odd numbers as numbers: negative and tiny positions, a zero size, an open end', () => {
    expect(parsed.getNodeAttributes('a&b')).toMatchObject({ x: -12.5, y: 3e-7, size: 8 });
    expect(parsed.getNodeAttributes('c<d>')).toMatchObject({ x: 1e6, y: -0.25, size: 0, year_start: 1910 });
    expect(parsed.getNodeAttribute('c<d>', 'year_end')).toBeUndefined();
    expect(parsed.isUndirected('a&b--allied_with--e"f\'')).toBe(true);
    expect(spellsOf(xml, 'edge').get('a&b--allied_with--e"f\'')).toEqual([{ start: 1940, end: null }]);
  });

  it('quotes every list item so commas, brackets and quotes cannot split or end it', () => {
    expect(gexfList(['a, b', 'c'])).toBe('["a, b", "c"]');
    expect(gexfList(['say "hi" \\'])).toBe('["say \\"hi\\" \\\\"]');
  });
});
