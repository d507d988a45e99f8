// GraphML (graphml.graphdrawing.org), for yEd, Cytoscape, networkx, igraph and Gephi: every attribute
// declared as a <key> with its type, the map's colour (r, g, b), size and position under the names
// Gephi reads. GraphML has no list type and no spells: a list is written as a JSON array in a
// string, and the years as the year_start / year_end attributes. graphology-graphml 0.5.2 has no
// writer; its parser reads these files back in the tests.
import type { Field, FieldValue, Network } from './network';
import { xmlElement, xmlEscape, xmlNumber, xmlSafeText } from './xml';

export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';

const TYPES = { string: 'string', integer: 'int', double: 'double', boolean: 'boolean', liststring: 'string' } as const;

/** One declared key: its id in the file, who it is for, its name and GraphML type. */
interface Key { id: string; for: 'graph' | 'node' | 'edge'; name: string; type: string }

const GRAPH_KEYS: Key[] = ['title', 'version', 'description'].map((name) => ({ id: `g-${name}`, for: 'graph', name, type: 'string' }));
const NODE_VIZ_KEYS: Key[] = [
  { id: 'n-label', for: 'node', name: 'label', type: 'string' },
  { id: 'n-x', for: 'node', name: 'x', type: 'double' },
  { id: 'n-y', for: 'node', name: 'y', type: 'double' },
  { id: 'n-size', for: 'node', name: 'size', type: 'double' },
  ...(['r', 'g', 'b'] as const).map((name): Key => ({ id: `n-${name}`, for: 'node', name, type: 'int' })),
];
const EDGE_VIZ_KEYS: Key[] = [
  { id: 'e-label', for: 'edge', name: 'label', type: 'string' },
  ...(['r', 'g', 'b'] as const).map((name): Key => ({ id: `e-${name}`, for: 'edge', name, type: 'int' })),
];

const fieldKeys = (fields: readonly Field[], owner: 'node' | 'edge'): Key[] =>
  fields.map((f) => ({ id: `${owner[0]}-${f.id}`, for: owner, name: f.id, type: TYPES[f.type] }));

function graphmlValue(field: Field, value: FieldValue): string | null {
  if (value === null || value === '') return null;
  if (field.type === 'liststring') return Array.isArray(value) ? JSON.stringify((value as string[]).map(xmlSafeText)) : null;
  if (typeof value === 'number') return xmlNumber(value);
  return String(value);
}

const data = (key: string, value: string | number | null): string => (value === null ? '' : `<data key="${key}">${xmlEscape(value)}</data>`);

function rgb(prefix: string, hex: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? [1, 2, 3].map((i) => data(`${prefix}-${'rgb'[i - 1]}`, parseInt(m[i], 16))).join('') : '';
}

function values(fields: readonly Field[], owner: 'n' | 'e', list: readonly FieldValue[]): string {
  return fields.map((f, i) => data(`${owner}-${f.id}`, graphmlValue(f, list[i]))).join('');
}

/** The network as a GraphML document. */
export function writeGraphml(network: Network): string {
  const keys = [...GRAPH_KEYS, ...NODE_VIZ_KEYS, ...fieldKeys(network.nodeFields, 'node'), ...EDGE_VIZ_KEYS, ...fieldKeys(network.edgeFields, 'edge')];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<graphml xmlns="${GRAPHML_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
    ` xsi:schemaLocation="${GRAPHML_NAMESPACE} ${GRAPHML_NAMESPACE}/1.0/graphml.xsd">\n`,
    ...keys.map((k) => `  ${xmlElement('key', { id: k.id, for: k.for, 'attr.name': k.name, 'attr.type': k.type })}\n`),
    // Undirected by default and `directed` on every relation: each reader then gets both kinds right.
    '  <graph id="G" edgedefault="undirected">\n',
    `    ${data('g-title', network.title)}${data('g-version', network.version)}${data('g-description', network.description)}\n`,
  ];
  for (const node of network.nodes) {
    const viz = data('n-label', node.label) + data('n-x', xmlNumber(node.x)) + data('n-y', xmlNumber(node.y))
      + data('n-size', xmlNumber(node.size)) + rgb('n', node.color);
    out.push(`    ${xmlElement('node', { id: node.id }, viz + values(network.nodeFields, 'n', node.values))}\n`);
  }
  for (const edge of network.edges) {
    const attrs = { id: edge.id, source: edge.source, target: edge.target, directed: edge.directed };
    out.push(`    ${xmlElement('edge', attrs, data('e-label', edge.label) + rgb('e', edge.color) + values(network.edgeFields, 'e', edge.values))}\n`);
  }
  out.push('  </graph>\n', '</graphml>\n');
  return out.join('');
}
