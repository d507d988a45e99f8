// Table-driven validator tests: each kind of bad input is reported with its file, id and field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseDataFiles, type DataFile } from '../../../src/lib/model/validate';

const FIXTURE = join(__dirname, '../../fixtures/mini');
const NAMES = ['people.json', 'periodicals.json', 'organizations.json', 'works.json', 'events.json', 'relations.json', 'sources.json'];

function fixture(): Record<string, unknown[]> {
  return Object.fromEntries(NAMES.map((n) => [n, JSON.parse(readFileSync(join(FIXTURE, n), 'utf8'))]));
}
function files(data: Record<string, unknown[]>): DataFile[] {
  return NAMES.map((name) => ({ name, text: JSON.stringify(data[name], null, 2) }));
}
type Mutate = (d: Record<string, any[]>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('validator', () => {
  it('accepts the fixture dataset', () => {
    expect(parseDataFiles(files(fixture())).problems).toEqual([]);
  });

  const cases: [string, Mutate, { file: string; id: string; field: string; message: RegExp }][] = [
    ['duplicate node id', (d) => d['people.json'].push({ ...d['people.json'][0] }),
      { file: 'people.json', id: 'leon-trotsky', field: 'id', message: /^duplicate node id 'leon-trotsky' \(first at people\.json:3\)$/ }],
    ['node id in two files', (d) => d['organizations.json'].push({ ...d['people.json'][1], kind: 'organization' }),
      { file: 'organizations.json', id: 'george-orwell', field: 'id', message: /^node id 'george-orwell' is also in people\.json:37$/ }],
    ['duplicate alias', (d) => { d['people.json'][1].aliases.push('Eric Blair'); },
      { file: 'people.json', id: 'george-orwell', field: 'aliases[2]', message: /duplicate alias 'Eric Blair'/ }],
    ['node id that objects already have', (d) => { d['people.json'][1].id = 'constructor'; },
      { file: 'people.json', id: 'constructor', field: 'id', message: /constructor, __proto__, toString/ }],
    ['relation id that objects already have', (d) => { d['relations.json'][0].id = '__proto__'; },
      { file: 'relations.json', id: '__proto__', field: 'id', message: /names? JavaScript objects already have/ }],
    ['relation id hasOwnProperty', (d) => { d['relations.json'][0].id = 'hasOwnProperty'; },
      { file: 'relations.json', id: 'hasOwnProperty', field: 'id', message: /already have/ }],
    ['javascript: URL', (d) => { d['sources.json'][0].url = 'javascript:alert(document.cookie)'; },
      { file: 'sources.json', id: 'wp-anti-stalinist-left', field: 'url', message: /http:\/\/ or https:\/\// }],
    ['data: URL', (d) => { d['sources.json'][0].url = 'data:text/html,<script>alert(1)</script>'; },
      { file: 'sources.json', id: 'wp-anti-stalinist-left', field: 'url', message: /http:\/\/ or https:\/\// }],
    ['file: URL', (d) => { d['sources.json'][0].url = 'file:///etc/passwd'; },
      { file: 'sources.json', id: 'wp-anti-stalinist-left', field: 'url', message: /http:\/\/ or https:\/\// }],
    ['unknown field', (d) => { d['people.json'][1].wikipedia = 'x'; },
      { file: 'people.json', id: 'george-orwell', field: 'wikipedia', message: /Unrecognized key/ }],
    ['non-slug id', (d) => { d['people.json'][1].id = 'George Orwell'; },
      { file: 'people.json', id: 'George Orwell', field: 'id', message: /slug/ }],
    ['unknown kind', (d) => { d['people.json'][0].kind = 'robot'; },
      { file: 'people.json', id: 'leon-trotsky', field: 'kind', message: /Invalid option|expected one of/i }],
    ['node in the wrong file', (d) => { d['people.json'][0].kind = 'event'; },
      { file: 'people.json', id: 'leon-trotsky', field: 'kind', message: /does not belong in people\.json/ }],
    ['missing bio', (d) => { delete d['people.json'][1].bio; },
      { file: 'people.json', id: 'george-orwell', field: 'bio', message: /./ }],
    ['bio too short', (d) => { d['people.json'][1].bio = 'Writer.'; },
      { file: 'people.json', id: 'george-orwell', field: 'bio', message: /1 sentence/ }],
    ['unknown current', (d) => { d['people.json'][1].currents = ['marxism-orwellism']; },
      { file: 'people.json', id: 'george-orwell', field: 'currents[0]', message: /Invalid option/i }],
    ['unknown country', (d) => { d['people.json'][1].countries = ['Atlantis']; },
      { file: 'people.json', id: 'george-orwell', field: 'countries[0]', message: /Invalid option/i }],
    ['person without death year', (d) => { delete d['people.json'][1].years.end; },
      { file: 'people.json', id: 'george-orwell', field: 'years.end', message: /death year/ }],
    ['node ending before it starts', (d) => { d['people.json'][1].years.end = { year: 1850 }; },
      { file: 'people.json', id: 'george-orwell', field: 'years.end', message: /before it starts/ }],
    ['unknown bio source', (d) => { d['people.json'][1].bioSources[0].source = 'nowhere-1999'; },
      { file: 'people.json', id: 'george-orwell', field: 'bioSources[0].source', message: /unknown source 'nowhere-1999'/ }],
    ['unknown relation', (d) => { d['relations.json'][0].relation = 'admired'; },
      { file: 'relations.json', id: 'george-orwell--authored--homage-to-catalonia', field: 'relation', message: /Invalid option/i }],
    ['unknown target node', (d) => { d['relations.json'][0].target = 'animal-farm'; },
      { file: 'relations.json', id: 'george-orwell--authored--homage-to-catalonia', field: 'target', message: /unknown node 'animal-farm'/ }],
    ['self-loop', (d) => { d['relations.json'][3].target = 'leon-trotsky'; },
      { file: 'relations.json', id: 'leon-trotsky--criticized--joseph-stalin', field: 'target', message: /itself/ }],
    ['no evidence', (d) => { d['relations.json'][0].evidence = []; },
      { file: 'relations.json', id: 'george-orwell--authored--homage-to-catalonia', field: 'evidence', message: /at least one piece of evidence/ }],
    ['unknown evidence source', (d) => { d['relations.json'][2].evidence[0].source = 'rumour'; },
      { file: 'relations.json', id: 'joseph-stalin--repressed--leon-trotsky', field: 'evidence[0].source', message: /unknown source 'rumour'/ }],
    ['edge ending before it starts', (d) => { d['relations.json'][3].years = { start: { year: 1930 }, end: { year: 1925 } }; },
      { file: 'relations.json', id: 'leon-trotsky--criticized--joseph-stalin', field: 'years.end', message: /before it starts/ }],
    ['edge after its actor died', (d) => { d['relations.json'][3].years = { start: { year: 1945 } }; },
      { file: 'relations.json', id: 'leon-trotsky--criticized--joseph-stalin', field: 'years.start', message: /after source 'leon-trotsky' ended \(1940\)/ }],
    ['edge before an end existed', (d) => { d['relations.json'][4].years = { start: { year: 1931 } }; },
      { file: 'relations.json', id: 'george-orwell--member_of--poum', field: 'years.start', message: /before target 'poum' existed/ }],
    ['relation with wrong endpoint kind', (d) => { d['relations.json'][0].target = 'poum'; },
      { file: 'relations.json', id: 'george-orwell--authored--homage-to-catalonia', field: 'target', message: /cannot point to a organization/ }],
    ['isolated node', (d) => { d['relations.json'] = d['relations.json'].filter((r: { source: string; target: string }) => r.target !== 'homage-to-catalonia' && r.source !== 'homage-to-catalonia'); },
      { file: 'works.json', id: 'homage-to-catalonia', field: 'id', message: /isolated/ }],
    ['duplicate source', (d) => d['sources.json'].push({ ...d['sources.json'][0] }),
      { file: 'sources.json', id: 'wp-anti-stalinist-left', field: 'id', message: /^duplicate source id 'wp-anti-stalinist-left' \(first at sources\.json:3\)$/ }],
    ['a certain relation resting only on passim', (d) => { d['relations.json'][3].evidence = [{ source: 'wp-ref-24', locator: 'passim', note: 'Somewhere in the book.' }]; },
      { file: 'relations.json', id: 'leon-trotsky--criticized--joseph-stalin', field: 'confidence', message: /^'certain' needs at least one evidence item a reader can check .* mark it likely/ }],
    ['duplicate relation', (d) => d['relations.json'].push({ ...d['relations.json'][1] }),
      { file: 'relations.json', id: 'homage-to-catalonia--about--poum', field: 'id', message: /^duplicate relation id '[^']+' \(first at relations\.json:\d+\)$/ }],
  ];

  it.each(cases)('reports %s', (_name, mutate, expected) => {
    const data = fixture() as Record<string, any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
    mutate(data);
    const { problems } = parseDataFiles(files(data));
    expect(problems).toContainEqual(expect.objectContaining({ ...expected, message: expect.stringMatching(expected.message) }));
  });

  it("lets a certain relation cite 'passim' beside a locator a reader can follow, or a web address", () => {
    const data = fixture() as Record<string, any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
    data['relations.json'][3].evidence.push({ source: 'wp-ref-24', locator: 'passim', note: 'Also in the book.' });
    data['relations.json'][2].evidence = [{ source: 'wp-anti-stalinist-left', locator: 'whole page', note: 'A web page.' }];
    expect(parseDataFiles(files(data)).problems).toEqual([]);
    data['relations.json'][3].confidence = 'likely';
    data['relations.json'][3].evidence = [{ source: 'wp-ref-24', locator: 'passim', note: 'Rated likely: a page would confirm it.' }];
    expect(parseDataFiles(files(data)).problems).toEqual([]);
  });

  it('accepts http(s) source URLs', () => {
    const data = fixture() as Record<string, any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
    data['sources.json'][0].url = 'http://example.org/a?b=c';
    expect(parseDataFiles(files(data)).problems).toEqual([]);
  });
});

/** Line and column of the `nth` occurrence of `needle` in `text`, counted as editors do. */
function position(text: string, needle: string, nth = 0): { line: number; column: number } {
  let at = -1;
  for (let n = 0; n <= nth; n++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} is not in the text`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe('where a problem points', () => {
  const cases: [string, Mutate, string, string, number?][] = [
    ['an unknown target, at its value', (d) => { d['relations.json'][0].target = 'animal-farm'; }, 'relations.json', '"animal-farm"'],
    ['a bad evidence source, at its value', (d) => { d['relations.json'][2].evidence[0].source = 'rumour'; }, 'relations.json', '"rumour"'],
    ['a missing field, at its object', (d) => { delete d['people.json'][1].bio; }, 'people.json', '{\n    "id": "george-orwell"'],
    ['a person without a death year, at its years', (d) => { delete d['people.json'][1].years.end; }, 'people.json', '{\n      "start": {\n        "year": 1903'],
    ['a wrong country, at the array item', (d) => { d['people.json'][1].countries = ['Spain', 'Atlantis']; }, 'people.json', '"Atlantis"'],
    ['an unknown field, at its name', (d) => { d['people.json'][1].wikipedia = 'x'; }, 'people.json', '"wikipedia"'],
    ['a duplicate, at the second copy', (d) => d['people.json'].push({ ...d['people.json'][0] }), 'people.json', '"leon-trotsky"', 1],
    ['an isolated node, at its id', (d) => { d['relations.json'] = d['relations.json'].filter((r: { source: string; target: string }) => r.target !== 'homage-to-catalonia' && r.source !== 'homage-to-catalonia'); }, 'works.json', '"homage-to-catalonia"'],
  ];

  it.each(cases)('points %s', (_name, mutate, file, needle, nth = 0) => {
    const data = fixture() as Record<string, any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
    mutate(data);
    const input = files(data);
    const problems = parseDataFiles(input).problems;
    expect(problems).toHaveLength(1);
    const text = input.find((f) => f.name === file)!.text;
    expect(problems[0]).toMatchObject({ file, ...position(text, needle, nth) });
  });

  it('prints file:line:column: id: field: message', () => {
    const data = fixture() as Record<string, any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
    data['people.json'][2].bio = 'Short.';
    const input = files(data);
    const problem = parseDataFiles(input).problems[0];
    const { line, column } = position(input[0].text, '"Short."');
    expect(formatProblem(problem)).toBe(`people.json:${line}:${column}: joseph-stalin: bio: bio has 1 sentence(s); write 2 to 5`);
    expect(formatProblem({ ...problem, column: undefined })).toBe(`people.json:${line}: joseph-stalin: bio: bio has 1 sentence(s); write 2 to 5`);
    expect(formatProblem({ ...problem, line: undefined, column: undefined })).toBe('people.json: joseph-stalin: bio: bio has 1 sentence(s); write 2 to 5');
  });
});

describe('one cause, one problem', () => {
  const run = (mutate: Mutate) => {
    const data = fixture() as Record<string, any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
    mutate(data);
    return parseDataFiles(files(data)).problems;
  };

  it('a source that fails the schema is still known to the items citing it', () => {
    const problems = run((d) => { d['sources.json'][0].type = 'blog'; });
    expect(problems).toEqual([expect.objectContaining({ file: 'sources.json', id: 'wp-anti-stalinist-left', field: 'type' })]);
  });

  it('a node that fails the schema is still known to relations, and not called isolated', () => {
    const problems = run((d) => { d['works.json'][0].countries = ['Atlantis']; });
    expect(problems).toEqual([expect.objectContaining({ file: 'works.json', id: 'homage-to-catalonia', field: 'countries[0]' })]);
  });

  it('a node in the wrong file is reported once', () => {
    const problems = run((d) => { d['people.json'][0].kind = 'event'; });
    expect(problems).toEqual([expect.objectContaining({ file: 'people.json', id: 'leon-trotsky', field: 'kind' })]);
  });

  it('relations that fail the schema still keep their nodes from being isolated', () => {
    const problems = run((d) => { for (const r of d['relations.json']) r.confidence = 'sure'; });
    expect(problems.map((p) => p.field)).toEqual(['confidence', 'confidence', 'confidence', 'confidence', 'confidence']);
  });

  it('a node file that cannot be read is reported once, and references into it are not checked', () => {
    const input = files(fixture());
    input[0] = { name: 'people.json', text: '[\n  {"id": "a",\n  "label": }\n]' };
    const lines = parseDataFiles(input).problems.map(formatProblem);
    expect(lines).toEqual(['people.json:3:12: -: -: invalid JSON: expected a value (ValueExpected); references to its nodes were not checked']);
  });

  it('other files are still checked when one cannot be read', () => {
    const data = fixture() as Record<string, any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
    data['works.json'][0].bio = 'Short.';
    const input = files(data);
    input[0] = { name: 'people.json', text: '[' };
    expect(parseDataFiles(input).problems.map((p) => `${p.file} ${p.field}`)).toEqual(['people.json -', 'works.json bio']);
  });

  it('an unreadable sources.json is reported once', () => {
    const input = files(fixture());
    input[6] = { name: 'sources.json', text: '[{"id": "x"},,]' };
    const lines = parseDataFiles(input).problems.map(formatProblem);
    expect(lines).toEqual(['sources.json:1:14: -: -: invalid JSON: expected a value (ValueExpected); references to its sources were not checked']);
  });

  it('an unreadable relations.json does not make every node isolated', () => {
    const input = files(fixture());
    input[5] = { name: 'relations.json', text: '{"not": "an array"}' };
    const lines = parseDataFiles(input).problems.map(formatProblem);
    expect(lines).toEqual(['relations.json:1:1: -: -: expected a JSON array at the top level; its relations were not checked, nor whether nodes are isolated']);
  });

  it('reports a missing file and a top level that is not an array', () => {
    const input = files(fixture()).filter((f) => f.name !== 'events.json');
    input[0] = { name: 'people.json', text: '{"nodes": []}' };
    const lines = parseDataFiles(input).problems.map(formatProblem);
    expect(lines).toEqual([
      'people.json:1:1: -: -: expected a JSON array at the top level; references to its nodes were not checked',
      'events.json: -: -: file is missing; references to its nodes were not checked',
    ]);
  });
});

describe('empty datasets', () => {
  const empty = () => Object.fromEntries(NAMES.map((n) => [n, []])) as Record<string, unknown[]>;

  it('all files empty: no nodes is a problem (the build would fail in PageRank)', () => {
    expect(parseDataFiles(files(empty())).problems.map(formatProblem)).toEqual([
      'people.json:1:1: -: -: the dataset has no nodes: all five node files are empty',
      'relations.json:1:1: -: -: the dataset has no relations: relations.json is empty',
    ]);
  });

  it('nodes but no relations: one problem, not one isolated node each', () => {
    const data = fixture();
    data['relations.json'] = [];
    expect(parseDataFiles(files(data)).problems.map((p) => p.message)).toEqual(['the dataset has no relations: relations.json is empty']);
  });

  it('relations but no nodes: one problem, not two unknown nodes each', () => {
    const data = fixture();
    for (const name of NAMES.slice(0, 5)) data[name] = [];
    expect(parseDataFiles(files(data)).problems.map((p) => p.message)).toEqual(['the dataset has no nodes: all five node files are empty']);
  });
});

describe('validator input', () => {
  it('reads the files in a fixed order, whatever order they are given in', () => {
    const data = fixture() as Record<string, any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
    data['people.json'][0].bio = 'Short.';
    data['works.json'][0].bio = 'Short.';
    const input = files(data);
    const a = parseDataFiles(input);
    const b = parseDataFiles([...input].reverse());
    expect(b.problems).toEqual(a.problems);
    expect(b.dataset).toEqual(a.dataset);
  });

  it('keeps an item whose id merely looks like a position', () => {
    const data = fixture() as Record<string, any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
    data['relations.json'][0].id = '#0';
    const { dataset, problems } = parseDataFiles(files(data));
    expect(problems).toEqual([]);
    expect(dataset.relations.map((r) => r.id)).toContain('#0');
  });

  it('names unexpected files', () => {
    const lines = parseDataFiles([...files(fixture()), { name: 'notes.txt', text: '' }]).problems.map(formatProblem);
    expect(lines).toEqual([expect.stringMatching(/^notes\.txt: -: -: unexpected file \(expected one of people\.json, /)]);
  });

  it('reports items that are not objects', () => {
    const input = files(fixture());
    input[3] = { name: 'works.json', text: '[1, null, "x", [], {"id": 5}]' };
    const problems = parseDataFiles(input).problems.filter((p) => p.file === 'works.json');
    expect(problems.slice(0, 6).map((p) => `${p.id} ${p.field} ${p.line}:${p.column}`))
      .toEqual(['#0 - 1:2', '#1 - 1:5', '#2 - 1:11', '#3 - 1:16', '#4 id 1:27', '#4 label 1:20']);
  });

  it('never throws, whatever the files hold', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const valid = files(fixture());
    const bits = ['[', ']', '{', '}', '"id"', ':', ',', '"constructor"', '"__proto__"', 'null', '1e999', '"\\u0000"', '[[[[', '\n'];
    for (let n = 0; n < 300; n++) {
      const input = valid.map((f) => {
        const roll = random();
        if (roll < 0.5) return f;
        if (roll < 0.8) return { ...f, text: f.text.slice(0, Math.floor(random() * f.text.length)) };
        return { ...f, text: Array.from({ length: 20 }, () => bits[Math.floor(random() * bits.length)]).join('') };
      });
      expect(() => parseDataFiles(input).problems.map(formatProblem)).not.toThrow();
    }
  });

  it('reports progress while it reads and checks, ending at done = total', () => {
    const seen: { phase: string; done: number; total: number }[] = [];
    parseDataFiles(files(fixture()), { every: 3, onprogress: (p) => seen.push(p) });
    expect(seen[0]).toEqual({ phase: 'reading', done: 0, total: 7 });
    expect(seen).toContainEqual({ phase: 'reading', done: 7, total: 7 });
    const checking = seen.filter((p) => p.phase === 'validating');
    expect(checking.length).toBeGreaterThan(2);
    expect(checking.map((p) => p.done)).toEqual([...checking.map((p) => p.done)].sort((a, b) => a - b));
    expect(checking.at(-1)).toEqual({ phase: 'validating', done: 26, total: 26 });
  });
});
