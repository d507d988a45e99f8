// An opened file's own attributes (here the GEXF fixture's city, letters and homepage) go back out in
// every data format under their names and types, beside the atlas's columns: Gephi, a GraphML tool or
// a spreadsheet gets back what the researcher brought.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodesCsv, relationsCsv } from '../../../src/lib/export/csv';
import { dataFields } from '../../../src/lib/export/data-fields';
import { writeGexf } from '../../../src/lib/export/gexf';
import { writeGraphml } from '../../../src/lib/export/graphml';
import { networkOf } from '../../../src/lib/export/network';
import { decodeImported } from '../../../src/lib/formats/imported';
import { runImport } from '../../../src/lib/formats/run-import';
import type { Graph as AtlasGraph } from '../../../src/lib/model/graph-type';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'formats');
let graph: AtlasGraph;

beforeAll(async () => {
  const bytes = readFileSync(join(dir, 'letters.gexf'));
  const reply = await runImport({ files: [{ name: 'letters.gexf', bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer }] });
  if (!reply.ok) throw new Error('the fixture should open');
  graph = await decodeImported(reply.atlas, 'letters.gexf');
});

const everything = () => networkOf({ graph, texts: null, sources: new Map(), nodes: new Set(graph.nodes()), edges: new Set(graph.edges()), sizes: new Map(), description: 'test' });

describe("an opened file's own attributes", () => {
  it('are on the opened graph as data', () => {
    expect(graph.getNodeAttribute('ada', 'data')).toMatchObject({ city: 'Lisbon', letters: 340 });
  });

  it('come back from the GEXF export with their names and values', () => {
    const back = parseGexf(Graph, writeGexf(everything(), new Date('2026-01-01')));
    expect(back.getNodeAttributes('ada')).toMatchObject({ city: 'Lisbon', letters: 340, kind: 'person' });
    expect(back.getNodeAttributes('cleo')).toMatchObject({ city: 'Lisbon', letters: 210 });
    expect(back.getNodeAttributes('cleo')).not.toHaveProperty('homepage');
  });

  it('come back from the GraphML export, typed', () => {
    const xml = writeGraphml(everything());
    const back = parseGraphml(Graph, xml);
    expect(back.getNodeAttributes('ada')).toMatchObject({ city: 'Lisbon', letters: 340 });
    expect(xml).toMatch(/<key id="n-letters" for="node" attr.name="letters" attr.type="int"\/>/);
  });

  it('are columns of the nodes CSV, after the atlas\'s own', () => {
    const texts = { nodes: {}, evidence: {}, sources: [] } as never;
    const [header, ada] = nodesCsv(graph, ['ada'], texts).split(/\r?\n/);
    const names = header.split(',');
    expect(names.slice(0, 2)).toEqual(['id', 'label']);
    const cells = ada.split(',');
    expect(cells[names.indexOf('city')]).toBe('Lisbon');
    expect(cells[names.indexOf('letters')]).toBe('340');
    expect(relationsCsv(graph, graph.edges(), texts, new Map()).split(/\r?\n/)[0]).toMatch(/^id,source_id,/);
  });

  it('keep a name the export already uses apart, and type mixed values as text', () => {
    const fields = dataFields([{ kind: 'x', n: 1 }, { n: 2.5, tags: ['a', 'b'] }, { tags: ['c'], mixed: 1 }, { mixed: 'one' }], new Set(['kind']));
    expect(fields.map((f) => [f.name, f.type])).toEqual([['file:kind', 'string'], ['n', 'double'], ['tags', 'liststring'], ['mixed', 'string']]);
    expect(fields[3].value({ mixed: 1 })).toBe('1');
    expect(fields[2].value({})).toBeNull();
  });
});
