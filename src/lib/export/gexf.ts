// GEXF 1.3 (gexf.net/1.3), the format Gephi opens: kinds, relations and every attribute declared
// with its type, years as spells on a dynamic graph (so Gephi's timeline plays them), and the
// colours, sizes and positions of the map as viz elements. graphology-gexf 0.13.2's writer is not
// used: it writes no spells, splits a list item that holds a comma ("[a, b]" unquoted) and lets
// characters through that XML 1.0 forbids. Its parser reads these files back in the tests.
import { isoDate } from './caption';
import type { Field, FieldValue, Network, Spell } from './network';
import { xmlElement, xmlEscape, xmlNumber, xmlSafeText } from './xml';

export const GEXF_NAMESPACE = 'http://gexf.net/1.3';
export const GEXF_VIZ_NAMESPACE = 'http://gexf.net/1.3/viz';

/**
 * A list value as GEXF 1.3 writes it: `["a", "b"]`, every item quoted with backslash escapes, so a
 * comma or a bracket inside an item cannot split it (the form graphology-gexf and Gephi parse).
 */
export function gexfList(items: readonly string[]): string {
  return `[${items.map((item) => JSON.stringify(xmlSafeText(item))).join(', ')}]`;
}

function gexfValue(field: Field, value: FieldValue): string | null {
  if (value === null || value === '') return null;
  if (field.type === 'liststring') return Array.isArray(value) ? gexfList(value as string[]) : null;
  if (typeof value === 'number') return xmlNumber(value);
  return String(value);
}

function attributes(fields: readonly Field[], owner: 'node' | 'edge'): string {
  const declared = fields.map((f) => `      ${xmlElement('attribute', { id: f.id, title: f.id, type: f.type })}\n`).join('');
  return `    <attributes class="${owner}" mode="static">\n${declared}    </attributes>\n`;
}

function attvalues(fields: readonly Field[], values: readonly FieldValue[]): string {
  let out = '';
  fields.forEach((field, i) => {
    const value = gexfValue(field, values[i]);
    if (value !== null) out += xmlElement('attvalue', { for: field.id, value });
  });
  return out ? `<attvalues>${out}</attvalues>` : '';
}

/** Spells with at least one end; none when any spell is open on both sides (always present). */
function spells(list: readonly Spell[]): string {
  if (!list.length || list.some((s) => s.start === null && s.end === null)) return '';
  return `<spells>${list.map((s) => xmlElement('spell', { start: s.start, end: s.end })).join('')}</spells>`;
}

function color(hex: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return '';
  return xmlElement('viz:color', { r: parseInt(m[1], 16), g: parseInt(m[2], 16), b: parseInt(m[3], 16) });
}

/** The network as a GEXF 1.3 document. */
export function writeGexf(network: Network, date: Date): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    // No xsi:schemaLocation: the RELAX NG schema allows no attribute it does not name.
    `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${GEXF_VIZ_NAMESPACE}" version="1.3">\n`,
    `  ${xmlElement('meta', { lastmodifieddate: isoDate(date) }, `<creator>Influence Atlas</creator><description>${xmlEscape(network.description)}</description>`)}\n`,
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="integer" timerepresentation="interval">\n',
    attributes(network.nodeFields, 'node'),
    attributes(network.edgeFields, 'edge'),
    `    <nodes count="${network.nodes.length}">\n`,
  ];
  for (const node of network.nodes) {
    const x = xmlNumber(node.x);
    const y = xmlNumber(node.y);
    const size = xmlNumber(node.size);
    const viz = color(node.color) + (size !== null && node.size >= 0 ? xmlElement('viz:size', { value: size }) : '')
      + (x !== null && y !== null ? xmlElement('viz:position', { x, y }) : '');
    out.push(`      ${xmlElement('node', { id: node.id, label: node.label }, attvalues(network.nodeFields, node.values) + spells(node.spells) + viz)}\n`);
  }
  out.push('    </nodes>\n', `    <edges count="${network.edges.length}">\n`);
  for (const edge of network.edges) {
    const attrs = { id: edge.id, source: edge.source, target: edge.target, type: edge.directed ? undefined : 'undirected', label: edge.label, kind: edge.kind };
    out.push(`      ${xmlElement('edge', attrs, attvalues(network.edgeFields, edge.values) + spells(edge.spells) + color(edge.color))}\n`);
  }
  out.push('    </edges>\n', '  </graph>\n', '</gexf>\n');
  return out.join('');
}
