// Fuzzing the import: several hundred generated hostile files across the four formats (seeded, so a
// failure reproduces). Whatever a file holds, the import answers (it never throws), names what is
// wrong, and leaves the page's objects as they were.
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../src/lib/formats/csv';
import { decodeImported } from '../../../src/lib/formats/imported';
import { runImport, type ImportFile, type ImportReply } from '../../../src/lib/formats/run-import';
import { safeLink } from '../../../src/lib/model/graph-vocabulary';
import { seededRandom } from '../../../src/lib/layout/random';

type Format = 'gexf' | 'graphml' | 'json' | 'csv';
const FORMATS: Format[] = ['gexf', 'graphml', 'json', 'csv'];
const random = seededRandom(20261201);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

const PAYLOADS = ['<img src=x onerror="globalThis.__pwned=1">', '<script>globalThis.__pwned=1</script>', 'javascript:globalThis.__pwned=1',
  '"><svg onload=globalThis.__pwned=1>', "'; DROP TABLE nodes; --", '{{constructor.constructor("globalThis.__pwned=1")()}}'];

interface Node { id: string; label: string; x: number | string; y: number | string; note: string; attrs?: Record<string, string> }
interface Edge { source: string; target: string; relation: string; id?: string }
interface Spec { nodes: Node[]; edges: Edge[]; prolog?: string }

function baseSpec(): Spec {
  const n = int(3, 6);
  const nodes: Node[] = Array.from({ length: n }, (_v, i) => ({ id: `n${i}`, label: `Node ${i}`, x: int(-500, 500), y: int(-500, 500), note: `note ${i}` }));
  const edges: Edge[] = Array.from({ length: int(2, 8) }, (_v, i) => {
    const s = int(0, n - 1);
    return { source: `n${s}`, target: `n${(s + int(1, n - 1)) % n}`, relation: pick(['knew', 'wrote to']), id: `e${i}` };
  });
  return { nodes, edges };
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const csvCell = (text: string) => (/[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

function write(format: Format, spec: Spec): { name: string; text: string }[] {
  const extra = (node: Node) => Object.entries(node.attrs ?? {});
  if (format === 'gexf') {
    const keys = [...new Set(spec.nodes.flatMap((n) => Object.keys(n.attrs ?? {})))];
    return [{ name: 'fuzz.gexf', text: `${spec.prolog ?? '<?xml version="1.0" encoding="UTF-8"?>'}
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph defaultedgetype="directed">
<attributes class="node"><attribute id="note" title="note" type="string"/>${keys.map((k) => `<attribute id="${xml(k)}" title="${xml(k)}" type="string"/>`).join('')}</attributes>
<attributes class="edge"><attribute id="relation" title="relation" type="string"/></attributes>
<nodes>
${spec.nodes.map((n) => `<node id="${xml(n.id)}" label="${xml(n.label)}"><attvalues><attvalue for="note" value="${xml(n.note)}"/>${extra(n).map(([k, v]) => `<attvalue for="${xml(k)}" value="${xml(v)}"/>`).join('')}</attvalues><viz:position x="${n.x}" y="${n.y}"/></node>`).join('\n')}
</nodes><edges>
${spec.edges.map((e) => `<edge${e.id ? ` id="${xml(e.id)}"` : ''} source="${xml(e.source)}" target="${xml(e.target)}"><attvalues><attvalue for="relation" value="${xml(e.relation)}"/></attvalues></edge>`).join('\n')}
</edges></graph></gexf>
` }];
  }
  if (format === 'graphml') {
    const keys = [...new Set(spec.nodes.flatMap((n) => Object.keys(n.attrs ?? {})))];
    return [{ name: 'fuzz.graphml', text: `${spec.prolog ?? '<?xml version="1.0" encoding="UTF-8"?>'}
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="label" for="node" attr.name="label" attr.type="string"/><key id="x" for="node" attr.name="x" attr.type="string"/><key id="y" for="node" attr.name="y" attr.type="string"/>
<key id="note" for="node" attr.name="note" attr.type="string"/><key id="relation" for="edge" attr.name="relation" attr.type="string"/>
${keys.map((k) => `<key id="${xml(k)}" for="node" attr.name="${xml(k)}" attr.type="string"/>`).join('')}
<graph edgedefault="directed">
${spec.nodes.map((n) => `<node id="${xml(n.id)}"><data key="label">${xml(n.label)}</data><data key="x">${n.x}</data><data key="y">${n.y}</data><data key="note">${xml(n.note)}</data>${extra(n).map(([k, v]) => `<data key="${xml(k)}">${xml(v)}</data>`).join('')}</node>`).join('\n')}
${spec.edges.map((e) => `<edge${e.id ? ` id="${xml(e.id)}"` : ''} source="${xml(e.source)}" target="${xml(e.target)}"><data key="relation">${xml(e.relation)}</data></edge>`).join('\n')}
</graph></graphml>
` }];
  }
  if (format === 'json') {
    // Written by hand so that NaN, Infinity and keys such as __proto__ reach the file as a tool might write them.
    const value = (v: number | string) => (typeof v === 'number' ? String(v) : JSON.stringify(v));
    const attrs = (n: Node) => [`"label": ${JSON.stringify(n.label)}`, `"x": ${value(n.x)}`, `"y": ${value(n.y)}`, `"note": ${JSON.stringify(n.note)}`,
      ...extra(n).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)].join(', ');
    return [{ name: 'fuzz.json', text: `{"attributes": {"title": "fuzz"}, "options": {"type": "directed", "multi": true},
"nodes": [
${spec.nodes.map((n) => `{"key": ${JSON.stringify(n.id)}, "attributes": {${attrs(n)}}}`).join(',\n')}
],
"edges": [
${spec.edges.map((e) => `{${e.id ? `"key": ${JSON.stringify(e.id)}, ` : ''}"source": ${JSON.stringify(e.source)}, "target": ${JSON.stringify(e.target)}, "attributes": {"relation": ${JSON.stringify(e.relation)}}}`).join(',\n')}
]}
` }];
  }
  const keys = [...new Set(spec.nodes.flatMap((n) => Object.keys(n.attrs ?? {})))];
  return [
    { name: 'fuzz-nodes.csv', text: `id,label,note${keys.map((k) => `,${csvCell(k)}`).join('')}\n${spec.nodes.map((n) => [n.id, n.label, n.note, ...keys.map((k) => n.attrs?.[k] ?? '')].map(csvCell).join(',')).join('\n')}\n` },
    { name: 'fuzz-edges.csv', text: `source,target,relation\n${spec.edges.map((e) => [e.source, e.target, e.relation].map(csvCell).join(',')).join('\n')}\n` },
  ];
}

const bytesOf = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer as ArrayBuffer;
function filesOf(files: { name: string; text: string }[], encode: (text: string) => ArrayBuffer = bytesOf): ImportFile[] {
  return files.map((f) => ({ name: f.name, bytes: encode(f.text) }));
}
function mappingsOf(files: { name: string; text: string }[]) {
  return Object.fromEntries(files.filter((f) => f.name.endsWith('.csv')).map((f) => [f.name, guessMapping(f.text.slice(0, f.text.indexOf('\n')).split(','))]));
}

interface Case { name: string; format: Format; files: ImportFile[]; mappings?: Record<string, ReturnType<typeof guessMapping>>; expect: { refused: RegExp } | { opened: true; warning?: RegExp; payload?: string } }

function caseOf(name: string, format: Format, spec: Spec, expected: Case['expect'], mutate?: (text: string) => string, encode?: (text: string) => ArrayBuffer): Case {
  const files = write(format, spec).map((f) => ({ ...f, text: mutate ? mutate(f.text) : f.text }));
  return { name, format, files: filesOf(files, encode), mappings: format === 'csv' ? mappingsOf(write(format, spec)) : undefined, expect: expected };
}

const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>`;
const EXTERNAL = `<?xml version="1.0"?>
<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`;

function generate(): Case[] {
  const cases: Case[] = [];
  for (let round = 0; round < 12; round++) {
    for (const format of FORMATS) {
      const spec = baseSpec();
      const text = write(format, spec).map((f) => f.text).join('');
      // Truncated anywhere inside the markup (XML and JSON); a CSV cut mid-row loses fields.
      if (format !== 'csv') {
        const cut = int(10, text.length - 30);
        cases.push(caseOf(`truncated at ${cut}`, format, spec, { refused: format === 'json' ? /invalid JSON/ : /not well-formed XML|no <graph>|root element/ }, (t) => t.slice(0, cut)));
      } else {
        cases.push(caseOf('row cut short', format, spec, { refused: /fields?: expected 3/ }, (t) => (t.startsWith('id,') ? t : t.replace(/\n([^\n]*),[^,\n]*\n$/, '\n$1\n'))));
      }
      // Latin-1 bytes in a file read as UTF-8.
      cases.push(caseOf('Latin-1 bytes', format, { ...spec, nodes: spec.nodes.map((n, i) => (i === 0 ? { ...n, label: 'Café Ström' } : n)) },
        { refused: /not valid UTF-8/ }, undefined, (t) => Uint8Array.from([...t].map((c) => c.charCodeAt(0) & 0xff)).buffer as ArrayBuffer));
      // UTF-16 without a byte-order mark.
      cases.push(caseOf('UTF-16 without BOM', format, spec, { refused: /UTF-16 without a byte-order mark/ }, undefined,
        (t) => Uint8Array.from([...t].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])).buffer as ArrayBuffer));
      // A byte-order mark is fine: UTF-8 and UTF-16 LE open.
      cases.push(caseOf('UTF-8 BOM', format, spec, { opened: true }, undefined, (t) => Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(t)]).buffer as ArrayBuffer));
      cases.push(caseOf('UTF-16 LE BOM', format, spec, { opened: true }, undefined,
        (t) => Uint8Array.from([0xff, 0xfe, ...[...t].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]).buffer as ArrayBuffer));
      if (format === 'gexf' || format === 'graphml') {
        cases.push(caseOf('billion laughs', format, { ...spec, nodes: spec.nodes.map((n, i) => (i === 0 ? { ...n, label: '&lol3;' } : n)), prolog: LAUGHS },
          { refused: /DOCTYPE with an internal subset/ }, (t) => t.replace('&amp;lol3;', '&lol3;')));
        cases.push(caseOf('external entity', format, { ...spec, prolog: EXTERNAL }, { refused: /DOCTYPE with an internal subset/ }, (t) => t.replace('note 0', '&xxe;')));
        cases.push(caseOf('undeclared entity', format, spec, { refused: /entity not found|undefined entity/ }, (t) => t.replace('note 1', '&xxe;')));
      }
      // Duplicate node ids, edges to nothing, duplicate edge ids.
      cases.push(caseOf('duplicate node id', format, { ...spec, nodes: [...spec.nodes, { ...spec.nodes[0], label: 'again' }] }, { refused: /duplicate node id "n0"/ }));
      cases.push(caseOf('dangling edge', format, { ...spec, edges: [...spec.edges, { source: 'n0', target: 'nowhere', relation: 'knew', id: 'e-dangling' }] },
        { refused: /edge target "nowhere" is not the id of any node/ }));
      if (format !== 'csv') {
        cases.push(caseOf('duplicate edge id', format, { ...spec, edges: [...spec.edges, { ...spec.edges[0] }] }, { refused: /duplicate edge id "e0"/ }));
      }
      // Coordinates that are not numbers, or too large to draw.
      if (format !== 'csv') {
        for (const bad of format === 'json' ? ['NaN', 'Infinity', 1e300] : ['NaN', 'Infinity', '-Infinity', 1e300]) {
          cases.push(caseOf(`coordinate ${bad}`, format, { ...spec, nodes: spec.nodes.map((n, i) => (i === 1 ? { ...n, x: bad } : n)) },
            { refused: /x = (NaN|-?Infinity|1e\+300): expected a finite number/ }));
        }
      }
      // Reserved names as ids and as attribute names.
      for (const reserved of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
        cases.push(caseOf(`node id ${reserved}`, format, { ...spec, nodes: spec.nodes.map((n, i) => (i === 0 ? { ...n, id: reserved } : n)), edges: spec.edges.map((e) => ({ ...e, source: e.source === 'n0' ? reserved : e.source, target: e.target === 'n0' ? reserved : e.target })) },
          { refused: new RegExp(`id "${reserved}" is a name JavaScript objects already have`) }));
        cases.push(caseOf(`attribute ${reserved}`, format, { ...spec, nodes: spec.nodes.map((n, i) => (i === 0 ? { ...n, attrs: { [reserved]: 'x' } } : n)) },
          { refused: /is a name JavaScript objects already have/ }));
      }
      // Markup and script URLs in every text field: opened, kept as plain text, never a link.
      for (const payload of PAYLOADS) {
        cases.push(caseOf(`payload ${payload.slice(0, 12)}`, format, {
          nodes: spec.nodes.map((n) => ({ ...n, label: `${n.label} ${payload}`, note: payload, attrs: { homepage: payload } })),
          edges: spec.edges.map((e) => ({ ...e, relation: payload })),
        }, { opened: true, payload }));
      }
    }
  }
  // A few large ones per format: a 1 MB label (cut, with a warning) and 100,000 attributes (refused).
  for (const format of FORMATS) {
    const spec = baseSpec();
    cases.push(caseOf('1 MB label', format, { ...spec, nodes: spec.nodes.map((n, i) => (i === 0 ? { ...n, label: 'L'.repeat(1 << 20) } : n)) },
      { opened: true, warning: /longer than 1000 characters and was cut/ }));
    const many = Object.fromEntries(Array.from({ length: 100_000 }, (_v, i) => [`a${i}`, '1']));
    cases.push(caseOf('100,000 attributes', format, { ...spec, nodes: spec.nodes.map((n, i) => (i === 0 ? { ...n, attrs: many } : n)) },
      { refused: /(10000\d distinct node attributes|more than 1000 <attribute> declarations|more than 1500 <key> declarations): expected at most/ }));
  }
  return cases;
}

const CASES = generate();
const problemsOf = (reply: ImportReply) => ('problems' in reply ? reply.problems : []);

describe('import fuzzing', () => {
  it(`generates at least 500 files across the four formats (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(500);
    for (const format of FORMATS) expect(CASES.filter((c) => c.format === format).length).toBeGreaterThan(100);
  });

  it('answers every file without throwing, naming what is wrong, and runs nothing from it', { timeout: 120_000 }, async () => {
    const failures: string[] = [];
    for (const c of CASES) {
      const reply = await runImport({ files: c.files, mappings: c.mappings }, { stopped: () => true });
      const label = `${c.format} / ${c.name}`;
      if ('refused' in c.expect) {
        const problems = problemsOf(reply);
        if (reply.ok) failures.push(`${label}: opened, expected refusal`);
        else if (!problems.some((p) => (c.expect as { refused: RegExp }).refused.test(p))) failures.push(`${label}: ${problems.slice(0, 3).join(' | ') || 'no problem listed'}`);
        // Every problem is located: file name first, then a line when the parser knows one.
        else if (!problems.every((p) => /^fuzz[\w-]*\.(gexf|graphml|json|csv)(:\d+(:\d+)?)?: /.test(p) || /^\d+ files/.test(p))) failures.push(`${label}: unlocated ${problems[0]}`);
        continue;
      }
      if (!reply.ok) { failures.push(`${label}: refused: ${problemsOf(reply).slice(0, 2).join(' | ')}`); continue; }
      const expected = c.expect;
      if (expected.warning && !reply.warnings.some((w) => expected.warning!.test(w))) failures.push(`${label}: no warning ${expected.warning}`);
      const graph = await decodeImported(reply.atlas, 'fuzz');
      if (expected.payload) {
        const payload = expected.payload;
        const label0 = graph.getNodeAttribute(graph.nodes()[0], 'label');
        if (!label0.endsWith(payload)) failures.push(`${label}: label changed to ${label0}`);
        const homepage = graph.getNodeAttribute(graph.nodes()[0], 'data')?.homepage;
        if (homepage !== payload) failures.push(`${label}: attribute changed to ${String(homepage)}`);
        if (safeLink(homepage) !== null) failures.push(`${label}: ${payload} would be a link`);
        if (reply.atlas.vocabulary.nodeFields.some((f) => f.key === 'homepage' && f.type === 'link')) failures.push(`${label}: typed as a link`);
        if (!reply.atlas.vocabulary.relations.some((r) => r.label === payload)) failures.push(`${label}: relation type lost`);
      }
    }
    expect([...new Set(failures.map((f) => f.replace(/\d+/g, '#')))]).toEqual([]);
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'x')).toBe(false);
  });
});
