// End-to-end: the Export menu's data formats (GEXF, GraphML, the two CSVs, graphology JSON),
// downloaded in Chromium with a time window set, hold exactly the nodes and relations the count
// line shows under "Current filters only", and the whole graph under "Whole graph".
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import Graph, { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { downloadText, launch, open, settle, watch } from './browser';

let context: BrowserContext;
let page: Page;
let problems: ReturnType<typeof watch>;

before(async () => {
  context = await launch();
  page = await context.newPage();
  problems = watch(page);
  await open(page, '?from=1936&to=1939');
  await settle(page);
});
after(async () => {
  await context.close();
});

/** The count line: nodes and relations shown, and in the whole graph. */
async function shown(): Promise<{ nodes: number; relations: number; allNodes: number; allRelations: number }> {
  const line = await page.getByText(/^Showing \d+ of \d+ nodes/).textContent();
  const [, nodes, allNodes, relations, allRelations] = /Showing (\d+) of (\d+) nodes, (\d+) of (\d+) relations/.exec(line ?? '')!.map(Number);
  return { nodes, relations, allNodes, allRelations };
}

/** Clicks an export button and reads the downloaded file: its name and text. */
function download(label: string): Promise<{ name: string; text: string }> {
  return downloadText(page, page.getByRole('button', { name: label, exact: true }));
}

/** Every data format downloaded: node and relation counts of each file, and the files themselves. */
async function downloadAll() {
  const gexf = await download('GEXF (Gephi)');
  const graphml = await download('GraphML');
  const relations = await download('Relations CSV');
  const nodes = await download('Nodes CSV');
  const json = await download('Graphology JSON');
  const fromGexf = parseGexf(Graph, gexf.text);
  const fromGraphml = parseGraphml(Graph, graphml.text);
  const fromJson = new MultiDirectedGraph();
  fromJson.import(JSON.parse(json.text));
  return {
    names: [gexf.name, graphml.name, relations.name, nodes.name, json.name],
    counts: {
      gexf: [fromGexf.order, fromGexf.size], graphml: [fromGraphml.order, fromGraphml.size], json: [fromJson.order, fromJson.size],
      csv: [csvParse(nodes.text).length, csvParse(relations.text).length],
    },
    gexf: fromGexf, gexfText: gexf.text,
  };
}

describe('data export formats', () => {
  it('"Current filters only" writes what the time window shows, in every format', async () => {
    const count = await shown();
    assert.ok(count.nodes < count.allNodes && count.relations < count.allRelations, 'the window hides part of the graph');
    await page.getByText('Export', { exact: true }).click();
    const data = page.getByRole('group', { name: 'Data' });
    assert.equal(await data.getByRole('radio', { name: 'Current filters only' }).isChecked(), true);
    await page.screenshot({ path: join('test-results', 'export-formats-menu.png') });
    const files = await downloadAll();
    const visible = [count.nodes, count.relations];
    assert.deepEqual(files.counts, { gexf: visible, graphml: visible, json: visible, csv: visible });
    const today = new Date().toISOString().slice(0, 10);
    assert.deepEqual(files.names, [`influence-atlas-${today}.gexf`, `influence-atlas-${today}.graphml`,
      `influence-atlas-relations-${today}.csv`, `influence-atlas-nodes-${today}.csv`, `influence-atlas-${today}.json`]);
    // Every relation written counts in the window, as the app's timeline says.
    files.gexf.forEachEdge((edge, a) => {
      assert.ok((a.year_start ?? -Infinity) <= 1939, `${edge} starts after the window`);
    });
    assert.match(files.gexf.getAttribute('description'), /Filters: Years 1936–1939/);
    const orwell = files.gexf.getNodeAttributes('george-orwell');
    assert.equal(orwell.kind, 'person');
    assert.equal(orwell.color, 'rgb(78,121,167)');
    const drawn = await page.evaluate(() => {
      const w = window as unknown as { __atlas: { graph: { getNodeAttributes(n: string): { x: number; y: number } } } };
      return w.__atlas.graph.getNodeAttributes('george-orwell');
    });
    assert.deepEqual({ x: orwell.x, y: orwell.y }, { x: drawn.x, y: drawn.y });
    if (spawnSync('xmllint', ['--version']).status === 0) {
      const check = spawnSync('xmllint', ['--noout', '--relaxng', join('tests', 'fixtures', 'gexf-1.3', 'gexf.rng'), '-'], { input: files.gexfText, encoding: 'utf8' });
      assert.equal(check.status, 0, check.stderr);
    }
  });

  it('"Whole graph" writes every node and relation, whatever the filters', async () => {
    const count = await shown();
    await page.getByRole('group', { name: 'Data' }).getByRole('radio', { name: 'Whole graph' }).check();
    const files = await downloadAll();
    const all = [count.allNodes, count.allRelations];
    assert.deepEqual(files.counts, { gexf: all, graphml: all, json: all, csv: all });
    assert.ok(files.names.every((name) => name.startsWith('influence-atlas-whole-graph-')), files.names.join(', '));
    assert.match(files.gexf.getAttribute('description'), /Filters: No filters/);
    assert.equal(await page.getByRole('status').filter({ hasText: /^Saved / }).textContent(), `Saved ${files.names[4]}`);
    assert.deepEqual(problems.errors, []);
    assert.deepEqual(problems.foreign, []);
  });
});
