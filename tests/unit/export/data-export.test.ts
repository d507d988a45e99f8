// The data exports as the Export menu runs them: "Current filters only" writes what is visible
// (filters, time window, provenance lens), "Whole graph" everything; the graphology JSON re-imports.
import { csvParse } from 'd3-dsv';
import { MultiDirectedGraph } from 'graphology';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { exportedItems, gexfBlob, graphmlBlob, graphologyJson, nodesCsvBlob, relationsCsvBlob } from '../../../src/lib/export/data-export';
import { EXPORTS, type DataScope, type ExportContext } from '../../../src/lib/export/registry';
import type { AtlasState } from '../../../src/lib/state/atlas.svelte';
import { fixtureAtlas } from '../components/fixture-atlas';

function context(atlas: AtlasState, scope: DataScope): ExportContext {
  const workspace = atlas.workspace!;
  return {
    graph: workspace.graph, texts: workspace.texts, sources: workspace.sources, visibility: atlas.visibility,
    caption: ['Influence Atlas', `Filters: ${scope}`], canvas: null,
    picture: { scale: 1, background: 'white', scope: 'view', page: 'screen', subject: 'view' }, data: { scope }, date: new Date('2026-03-04'),
    filters: atlas.filters, metric: atlas.size, sizes: atlas.sizes, curvature: workspace.curvature, byImportance: workspace.byImportance,
  };
}

const text = async (blob: Blob) => (await blob.text()).replace(/^\ufeff/, '');

/** Node and relation counts of each format's file for one context. */
async function counts(ctx: ExportContext) {
  const gexf = parseGexf(Graph, await text(gexfBlob(ctx)));
  const graphml = parseGraphml(Graph, await text(graphmlBlob(ctx)));
  const json = new MultiDirectedGraph();
  json.import(graphologyJson(ctx));
  return {
    gexf: [gexf.order, gexf.size], graphml: [graphml.order, graphml.size], json: [json.order, json.size],
    csv: [csvParse(await text(nodesCsvBlob(ctx))).length, csvParse(await text(relationsCsvBlob(ctx))).length],
  };
}

describe('data exports', () => {
  it('are all in the registry, for the menu and the offline prefetch', async () => {
    const data = EXPORTS.filter((f) => f.needs === 'texts' && !f.section);
    expect(data.map((f) => [f.label, f.ext])).toEqual([
      ['GEXF (Gephi)', 'gexf'], ['GraphML', 'graphml'], ['Relations CSV', 'csv'], ['Nodes CSV', 'csv'], ['Graphology JSON', 'json'],
    ]);
    const atlas = fixtureAtlas();
    for (const format of data) {
      await format.load();
      expect((await format.run(context(atlas, 'whole'))).size).toBeGreaterThan(200);
    }
  });

  it('write what the time window shows with "Current filters only", and everything with "Whole graph"', async () => {
    const atlas = fixtureAtlas();
    atlas.setYearWindow({ from: 1936, to: 1937 });
    const visible = [atlas.visibility.nodes.size, atlas.visibility.edges.size];
    // Orwell's POUM membership (1936–1937) and Stalin and Trotsky's running feud; not the 1938 book.
    expect(visible).toEqual([4, 3]);
    const all = [atlas.graph!.order, atlas.graph!.size];
    expect(await counts(context(atlas, 'visible'))).toEqual({ gexf: visible, graphml: visible, json: visible, csv: visible });
    expect(await counts(context(atlas, 'whole'))).toEqual({ gexf: all, graphml: all, json: all, csv: all });
    expect(exportedItems(context(atlas, 'visible'), 'visible').edges).toEqual(new Set([
      'george-orwell--member_of--poum', 'joseph-stalin--repressed--leon-trotsky', 'leon-trotsky--criticized--joseph-stalin']));
    expect(all).toEqual([5, 5]);
  });

  it('say in the file what it holds', async () => {
    const atlas = fixtureAtlas();
    const gexf = await text(gexfBlob(context(atlas, 'visible')));
    expect(gexf).toContain('<description>Influence Atlas&#10;Filters: visible</description>');
    expect(graphologyJson(context(atlas, 'whole')).attributes.description).toBe('Influence Atlas\nFilters: whole');
  });

  it('refuse, with a message, while the evidence is still loading', () => {
    const atlas = fixtureAtlas();
    const ctx = { ...context(atlas, 'whole'), texts: null };
    expect(() => gexfBlob(ctx)).toThrow(/evidence is still loading/);
    expect(() => graphologyJson(ctx)).toThrow(/evidence is still loading/);
  });
});
