// The bundled dataset in data/: valid, connected, and reachable through `npm run data:json`.
import { execFileSync } from 'node:child_process';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseDataFiles } from '../../../src/lib/model/validate';
import { readDataFiles, ROOT } from '../../../scripts/read-data';
import type { Graph as AtlasGraph } from '../../../src/lib/model/graph-type';
import { CURRENT_COLORS, REGION_LIMITS, regionGroups } from '../../../src/lib/render/region-groups';

describe('data/', () => {
  const { dataset, problems } = parseDataFiles(readDataFiles());

  it('passes the validator', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('prints graphology JSON on `npm run --silent data:json` that re-imports with the same counts', () => {
    const out = execFileSync('npm', ['run', '--silent', 'data:json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const serialized = JSON.parse(out);
    const graph = new Graph({ multi: true, type: 'directed' });
    graph.import(serialized);
    expect(graph.order).toBe(dataset.nodes.length);
    expect(graph.size).toBe(dataset.relations.length);
    const someNode = dataset.nodes[0];
    expect(Object.keys(graph.getNodeAttributes(someNode.id))).toEqual(
      expect.arrayContaining(['label', 'kind', 'aliases', 'years', 'countries', 'currents', 'bio']));
    const someEdge = dataset.relations[0];
    expect(Object.keys(graph.getEdgeAttributes(someEdge.id))).toEqual(
      expect.arrayContaining(['relation', 'directed', 'years', 'confidence', 'evidence']));
  });
});

describe('current colours on the bundled data', () => {
  const { dataset } = parseDataFiles(readDataFiles());

  it('differ for any two currents that share a member (their regions overlap on the map)', () => {
    const clashes: string[] = [];
    for (const node of dataset.nodes) {
      for (const a of node.currents) {
        for (const b of node.currents) if (a < b && CURRENT_COLORS[a] === CURRENT_COLORS[b]) clashes.push(`${a} & ${b} (${node.id})`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('differ among the currents drawn as regions by default (the legend tells them apart)', () => {
    const graph = new Graph({ multi: true, type: 'directed' });
    for (const node of dataset.nodes) graph.addNode(node.id, { currents: node.currents });
    const groups = regionGroups(graph as unknown as AtlasGraph, 'currents', new Set(graph.nodes()), graph.nodes());
    expect(groups).toHaveLength(REGION_LIMITS.maxRegions);
    expect(new Set(groups.map((g) => g.color)).size).toBe(groups.length);
  });
});
