// The two files the app loads: the first-frame graph and the texts. Splitting is lossless, and
// the first-frame file holds no bio, evidence or source.
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/read-data';
import { compileAtlas } from '../../../src/lib/build/compile-atlas';
import { decodeGraph, joinAtlas, splitAtlas } from '../../../src/lib/model/atlas-files';
import { fixtureSerialized } from '../components/fixture-atlas';

describe('atlas files', () => {
  it('splits the compiled atlas and joins it back to exactly the same data', () => {
    const atlas = fixtureSerialized();
    const { graph, texts } = splitAtlas(atlas);
    const joined = joinAtlas(decodeGraph(JSON.parse(JSON.stringify(graph))), JSON.parse(JSON.stringify(texts)));
    expect(joined).toEqual(JSON.parse(JSON.stringify(atlas)));
  });

  it('keeps texts out of the first-frame file and writes an edge key only when it is not the usual one', () => {
    const result = compileAtlas(readDataFiles(), 'v');
    if (!result.ok) throw new Error('the bundled dataset should compile');
    const { graph, texts } = splitAtlas(result.atlas);
    const text = JSON.stringify(graph);
    const someBio = result.atlas.nodes[0].attributes!.bio;
    expect(text).not.toContain(someBio.slice(0, 40));
    expect(text).not.toContain('"evidence"');
    expect(text).not.toContain('"bio"');
    const explicit = graph.edges.filter((row) => row.length === 6).length;
    expect(explicit).toBeLessThan(graph.edges.length / 20);
    expect(Object.keys(texts.evidence)).toHaveLength(result.atlas.edges.length);
    const decoded = decodeGraph(graph);
    expect(decoded.order).toBe(result.atlas.nodes.length);
    expect(decoded.size).toBe(result.atlas.edges.length);
    for (const edge of result.atlas.edges.slice(0, 50)) expect(decoded.hasEdge(edge.key!)).toBe(true);
  });

  it('writes dated names only on the rows of nodes that have them, and reads them back', () => {
    const atlas = fixtureSerialized();
    const names = [{ label: 'Workers\' Party of Marxist Unification', from: 1935, to: 1980 }];
    const poum = atlas.nodes.find((n) => n.key === 'poum')!;
    poum.attributes = { ...poum.attributes!, names };
    const { graph } = splitAtlas(atlas);
    expect(graph.nodes.map((row) => row.length)).toEqual(atlas.nodes.map((n) => (n.key === 'poum' ? 14 : 13)));
    const decoded = decodeGraph(JSON.parse(JSON.stringify(graph)));
    expect(decoded.getNodeAttribute('poum', 'names')).toEqual(names);
    expect(decoded.hasNodeAttribute('leon-trotsky', 'names')).toBe(false);
  });

  it('refuses a file that is not a first-frame graph', () => {
    expect(() => decodeGraph({ nodes: [] } as never)).toThrow(/expected a influence-atlas\/graph@3 file/);
  });

  it('carries each node\'s radius for every metric, as the d3 square-root scale gives it', async () => {
    const { fixtureSerialized } = await import('../components/fixture-atlas');
    const { splitAtlas: split } = await import('../../../src/lib/model/atlas-files');
    const { nodeScale } = await import('../../../src/lib/layout/node-size');
    const { nodeSizes } = await import('../../../src/lib/render/node-sizes');
    const graph = decodeGraph(split(fixtureSerialized()).graph);
    for (const metric of ['degree', 'pagerank', 'betweenness'] as const) {
      const scale = nodeScale(Math.max(...graph.mapNodes((_n, a) => a[metric])));
      const sizes = nodeSizes(graph, metric);
      graph.forEachNode((n, a) => expect(sizes.get(n)).toBeCloseTo(scale(a[metric]), 2));
    }
  });
});
