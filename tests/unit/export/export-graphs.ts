// Graphs for the data-export tests: the bundled dataset compiled as the build does (with its
// undirected relations, parallel relations and qualified years), and a small graph whose every
// text field is hostile.
import { MultiDirectedGraph } from 'graphology';
import { readDataFiles } from '../../../scripts/read-data';
import { compileAtlas } from '../../../src/lib/build/compile-atlas';
import { decodeGraph, splitAtlas, type TextsFile } from '../../../src/lib/model/atlas-files';
import type { Graph } from '../../../src/lib/model/graph-type';
import type { Source } from '../../../src/lib/model/types';
import { networkOf, type Network } from '../../../src/lib/export/network';
import { nodeSizes } from '../../../src/lib/render/node-sizes';
import { computeVisibility } from '../../../src/lib/query/visibility';
import { DEFAULT_FILTERS, type Filters } from '../../../src/lib/query/filters';

export interface ExportGraph {
  graph: Graph;
  texts: TextsFile;
  sources: Map<string, Source>;
  sizes: Map<string, number>;
}

let bundled: ExportGraph | null = null;

/** The bundled dataset as the app holds it after the texts load (compiled once per test file). */
export function bundledGraph(): ExportGraph {
  if (bundled) return bundled;
  const result = compileAtlas(readDataFiles(), 'test-version');
  if (!result.ok) throw new Error('the bundled dataset should compile');
  const { graph, texts } = splitAtlas(result.atlas);
  const decoded = decodeGraph(graph);
  bundled = { graph: decoded, texts, sources: new Map(texts.sources.map((s) => [s.id, s])), sizes: nodeSizes(decoded, 'degree') };
  return bundled;
}

/** The network a data export writes for some filters (the defaults: everything). */
export function networkFor(input: ExportGraph, filters: Partial<Filters> = {}, description = 'test export'): Network {
  const visibility = computeVisibility(input.graph, { ...DEFAULT_FILTERS, ...filters }, { evidence: input.texts.evidence, sources: input.sources });
  return networkOf({ ...input, nodes: visibility.nodes, edges: visibility.edges, description });
}

/** Text that tries every way of breaking out of XML, a CSV cell or an HTML page. */
export const HOSTILE = {
  label: '<script>alert("x")</script> & ]]> \'quoted\' "double" &amp; &#x41;',
  controls: 'bell\u0007 null\u0000 escape\u001b vertical\u000b formfeed\u000c lone\ud800 surrogate \uffff end',
  whitespace: 'tab\there\nnew line\r\nwindows line',
  list: ['a, b', '[bracketed]', 'say "hi" \\ back', "it's", ']]>', '<b>bold</b>'],
};

/** The code points in a text that XML 1.0 forbids (§2.2), read one by one: none may be in a file. */
export function forbiddenCharacters(text: string): number[] {
  const found: number[] = [];
  for (const char of text) {
    const c = char.codePointAt(0)!;
    const allowed = c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
    if (!allowed) found.push(c);
  }
  return found;
}

/** HOSTILE.controls as XML 1.0 can carry it: the forbidden characters dropped. */
export const CONTROLS_KEPT = 'bell null escape vertical formfeed lone surrogate  end';

/** Three nodes and two relations (one undirected) whose labels, aliases, bios and evidence are hostile. */
export function hostileGraph(): ExportGraph {
  const graph: Graph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ title: `Atlas ${HOSTILE.label}`, version: '0 & <1>' });
  const base = { kind: 'person' as const, currents: [], degree: 1, pagerank: 0.5, betweenness: 0, community: 0, radii: [4, 4, 4] as [number, number, number] };
  graph.addNode('a&b', { ...base, label: HOSTILE.label, years: { start: { year: 1900 }, end: { year: 1950 } }, aliases: HOSTILE.list, x: -12.5, y: 3e-7 });
  graph.addNode('c<d>', { ...base, label: HOSTILE.controls, years: { start: { year: 1910 }, end: 'present' }, aliases: [], x: 1e6, y: -0.25, kind: 'organization' });
  graph.addNode('e"f\'', { ...base, label: HOSTILE.whitespace, years: { start: { year: 1920 } }, aliases: [HOSTILE.controls], x: 0, y: 0, kind: 'work' });
  graph.addDirectedEdgeWithKey('a&b--member_of--c<d>', 'a&b', 'c<d>', { relation: 'member_of', directed: true, years: { start: { year: 1930 }, end: { year: 1935 } }, confidence: 'certain' });
  graph.addDirectedEdgeWithKey('a&b--allied_with--e"f\'', 'a&b', 'e"f\'', { relation: 'allied_with', directed: false, years: { start: { year: 1940 } }, confidence: 'likely' });
  const source: Source = { id: 'src-1', type: 'book', title: `Title ${HOSTILE.label}`, author: 'A. Author', year: 1999 } as Source;
  const texts: TextsFile = {
    format: 'influence-atlas/texts@1', version: '0',
    nodes: {
      'a&b': { countries: ['France'], bio: `${HOSTILE.label} ${HOSTILE.whitespace}`, bioSources: [] },
      'c<d>': { countries: ['Spain'], bio: HOSTILE.controls, bioSources: [] },
      'e"f\'': { countries: ['Mexico'], bio: '=HYPERLINK("http://x")', bioSources: [] },
    },
    evidence: {
      'a&b--member_of--c<d>': [{ source: 'src-1', locator: 'p. <1>', note: HOSTILE.label }],
      'a&b--allied_with--e"f\'': [{ source: 'src-1', locator: 'ch. 2', note: HOSTILE.whitespace }],
    },
    sources: [source],
  };
  return { graph, texts, sources: new Map([[source.id, source]]), sizes: new Map([['a&b', 8], ['c<d>', 0], ['e"f\'', 12.75]]) };
}
