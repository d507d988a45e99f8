// The format readers on the fixtures of tests/fixtures/formats: what a user opening each file gets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../src/lib/formats/csv';
import { NO_YEAR, bagAt, decodeImported, packAtlas, packStrings, stringAt } from '../../../src/lib/formats/imported';
import { runImport, type ImportReply } from '../../../src/lib/formats/run-import';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'formats');
const file = (name: string) => {
  const bytes = readFileSync(join(dir, name));
  return { name, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
};
function opened(reply: ImportReply) {
  if (!reply.ok) throw new Error('problems' in reply ? reply.problems.join('\n') : 'mapping asked');
  return reply;
}

describe('GEXF', () => {
  it('keeps positions, colours and attributes, and turns start/end and spells into years', async () => {
    const { atlas, warnings } = opened(await runImport({ files: [file('letters.gexf')] }));
    expect(warnings).toEqual([]);
    expect(atlas.keys).toEqual(['ada', 'basil', 'cleo', 'lantern', 'dov']);
    expect(stringAt(atlas.labels, 0)).toBe('Ada Quill');
    expect([atlas.xy[0], atlas.xy[1]]).toEqual([-120, 40]);
    expect(atlas.layout.computed).toBe(false);
    expect(atlas.nodeColors && stringAt(atlas.nodeColors, 3)).toBe('#f28e2c');
    expect(atlas.vocabulary.kinds.map((k) => k.key)).toEqual(['person', 'journal']);
    expect(atlas.vocabulary.relations.map((r) => r.key).sort()).toEqual(['edited', 'wrote for', 'wrote to']);
    expect([atlas.nodeStart[0], atlas.nodeEnd[0]]).toEqual([1890, 1951]);
    expect([atlas.nodeStart[1], atlas.nodeEnd[1]]).toEqual([1902, 1960]);
    expect([atlas.edgeStart[2], atlas.edgeEnd[2]]).toEqual([1925, 1931]);
    expect(atlas.edgeEnd[3]).toBe(NO_YEAR);
    expect(atlas.nodeData && bagAt(atlas.nodeData, 0)).toMatchObject({ city: 'Lisbon', letters: 340, homepage: 'https://example.org/ada' });
    expect(atlas.vocabulary.nodeFields).toContainEqual({ key: 'letters', type: 'number' });
    expect(atlas.vocabulary.facets.map((f) => `${f.key}:${f.type}`)).toEqual(expect.arrayContaining(['city:categorical', 'letters:numeric']));
    const graph = await decodeImported(atlas, 'letters.gexf');
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(6);
    expect(graph.getEdgeAttributes('e1')).toMatchObject({ relation: 'wrote to', directed: true, years: { start: { year: 1921 }, end: { year: 1930 } } });
  });

  it('opens the same graph from the packed columns the worker posts (one string a column, nulls kept)', async () => {
    const { atlas } = opened(await runImport({ files: [file('letters.gexf')] }));
    const packed = packAtlas(atlas);
    expect(Array.isArray(packed.keys)).toBe(false);
    // Structured cloning (what postMessage does) keeps the packed form.
    const crossed = structuredClone(packed);
    const plain = await decodeImported(atlas, 'letters.gexf');
    const fromPacked = await decodeImported(crossed, 'letters.gexf');
    expect(fromPacked.export()).toEqual(plain.export());
    expect(Array.isArray(packed.nodeData)).toBe(false);
    expect(packed.nodeData && bagAt(packed.nodeData, 0)).toEqual(atlas.nodeData && bagAt(atlas.nodeData, 0));
    // A bag JSON cannot write stays unpacked (and so exact).
    const odd = packAtlas({ ...atlas, nodeData: [{ n: Infinity }, null, null, null, null] });
    expect(odd.nodeData).toEqual([{ n: Infinity }, null, null, null, null]);
    const column = packStrings(['a', null, '', 'dé', null]);
    expect([0, 1, 2, 3, 4].map((i) => stringAt(column, i))).toEqual(['a', null, '', 'dé', null]);
  });

  it('lays out a graph without positions, reporting iterations and quality', async () => {
    const seen: number[] = [];
    const { atlas } = opened(await runImport({ files: [file('letters-no-positions.gexf')] }, {
      onprogress: (p) => { if (p.phase === 'laying out' && p.total > 1) seen.push(p.done); },
    }));
    expect(atlas.layout).toMatchObject({ computed: true, stopped: false });
    expect(seen.at(-1)).toBe(600);
    expect([...atlas.xy].every(Number.isFinite)).toBe(true);
    expect(new Set([...atlas.xy]).size).toBeGreaterThan(5);
  });

  it('stops the layout early when asked, and still opens', async () => {
    const { atlas } = opened(await runImport({ files: [file('letters-no-positions.gexf')] }, { stopped: () => true }));
    expect(atlas.layout).toMatchObject({ computed: true, stopped: true });
  });
});

describe('GraphML', () => {
  it('reads keys, labels, kinds, numbers, years and each edge direction', async () => {
    const { atlas } = opened(await runImport({ files: [file('letters.graphml')] }));
    expect(atlas.labels).toEqual(['Ada Quill', 'Basil Fern', 'Cleo Marsh', 'The Lantern Review']);
    expect(atlas.vocabulary.kinds.map((k) => k.key)).toEqual(['person', 'journal']);
    expect([...atlas.edgeDirected]).toEqual([1, 1, 0, 0]);
    expect([atlas.nodeStart[0], atlas.nodeEnd[0]]).toEqual([1890, 1951]);
    expect(atlas.edgeStart[0]).toBe(1921);
    expect(atlas.nodeData && bagAt(atlas.nodeData, 0)).toMatchObject({ letters: 340 });
    expect(atlas.title).toBe('letters');
  });
});

describe('CSV', () => {
  it('asks for the column mapping first, with a guess from the headers', async () => {
    const reply = await runImport({ files: [file('letters-nodes.csv'), file('letters-edges.csv')] });
    expect(reply.ok).toBe(false);
    const previews = 'mapping' in reply ? reply.mapping : [];
    expect(previews.map((p) => p.guess)).toEqual([
      ['id', 'label', 'kind', 'attribute', 'start', 'end', 'attribute'],
      ['source', 'target', 'relation', 'years', 'confidence', 'attribute'],
    ]);
  });

  it('reads a nodes file and an edges file with their mapping', async () => {
    const mappings = {
      'letters-nodes.csv': guessMapping(['id', 'name', 'type', 'city', 'born', 'died', 'letters']),
      'letters-edges.csv': guessMapping(['source', 'target', 'relation', 'years', 'confidence', 'note']),
    };
    const { atlas } = opened(await runImport({ files: [file('letters-nodes.csv'), file('letters-edges.csv')], mappings }));
    expect(stringAt(atlas.labels, 3)).toBe('The Lantern Review');
    expect(atlas.vocabulary.confidence).toBe(true);
    expect([...atlas.edgeConfidence]).toEqual([1, 2, 1, 3, 1]);
    expect([atlas.edgeStart[0], atlas.edgeEnd[0]]).toEqual([1921, 1930]);
    expect([atlas.edgeStart[1], atlas.edgeEnd[1]]).toEqual([1921, 1939]);
    expect(atlas.edgeData && bagAt(atlas.edgeData, 0)).toMatchObject({ note: 'Letters kept, "mostly" short' });
    expect(atlas.edgeData && bagAt(atlas.edgeData, 3)).toMatchObject({ note: '<b>bold?</b>' });
    expect(atlas.nodeData && bagAt(atlas.nodeData, 0)).toMatchObject({ city: 'Lisbon', letters: 340 });
  });

  it('reads one edge list, the nodes named by its ends', async () => {
    const mapping = guessMapping(['from', 'to', 'kind of tie']);
    expect(mapping).toEqual(['source', 'target', 'attribute']);
    const { atlas } = opened(await runImport({ files: [file('letters-edges-only.csv')], mappings: { 'letters-edges-only.csv': ['source', 'target', 'relation'] } }));
    expect(atlas.keys).toEqual(['Ada Quill', 'Basil Fern', 'Cleo Marsh', 'Dov Ashby']);
    expect(atlas.vocabulary.relations.map((r) => r.key)).toEqual(['letters', 'visits']);
  });
});

describe('graphology JSON', () => {
  it('reads keys, attributes, positions and mixed directions', async () => {
    const { atlas } = opened(await runImport({ files: [file('letters.json')] }));
    expect(atlas.title).toBe('Letters (graphology JSON)');
    expect([...atlas.edgeDirected]).toEqual([1, 0]);
    expect(atlas.layout.computed).toBe(false);
    expect(atlas.nodeData && bagAt(atlas.nodeData, 0)).toEqual({ city: 'Lisbon' });
  });
});
