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
      { file: 'people.json', id: 'leon-trotsky', field: 'id', message: /duplicate node id/ }],
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
      { file: 'sources.json', id: 'wp-anti-stalinist-left', field: 'id', message: /duplicate source id/ }],
  ];

  it.each(cases)('reports %s', (_name, mutate, expected) => {
    const data = fixture() as Record<string, any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
    mutate(data);
    const { problems } = parseDataFiles(files(data));
    expect(problems).toContainEqual(expect.objectContaining({ ...expected, message: expect.stringMatching(expected.message) }));
  });

  it('reports broken JSON with its line and keeps checking the other files', () => {
    const input = files(fixture());
    input[0] = { name: 'people.json', text: '[\n  {"id": "a",\n  "label": }\n]' };
    const { problems } = parseDataFiles(input);
    const broken = problems.find((p) => p.file === 'people.json');
    expect(broken?.message).toMatch(/invalid JSON/);
    expect(broken?.line).toBe(3);
    // Relations that pointed at people now report unknown nodes rather than crashing.
    expect(problems.some((p) => p.file === 'relations.json' && /unknown node/.test(p.message))).toBe(true);
  });

  it('reports a missing file and a top level that is not an array', () => {
    const input = files(fixture()).filter((f) => f.name !== 'events.json');
    input[0] = { name: 'people.json', text: '{"nodes": []}' };
    const lines = parseDataFiles(input).problems.map(formatProblem);
    expect(lines).toContain('events.json: -: -: file is missing');
    expect(lines).toContain('people.json:1: -: -: expected a JSON array at the top level');
  });

  it('points a problem at the line of the offending object', () => {
    const data = fixture() as Record<string, any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
    data['people.json'][2].bio = 'Short.';
    const problem = parseDataFiles(files(data)).problems[0];
    const text = JSON.stringify(data['people.json'], null, 2).split('\n');
    expect(text[problem.line! - 1]).toContain('"id": "joseph-stalin"');
    expect(formatProblem(problem)).toMatch(/^people\.json:\d+: joseph-stalin: bio: bio has 1 sentence/);
  });
});
