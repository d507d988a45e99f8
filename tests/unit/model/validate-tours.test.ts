// The tours validator: each kind of bad tour is reported at its place (line and column) with the tour's
// id and the step's field, and hostile files (unknown ids, __proto__, huge lists, broken JSON) are
// reported without throwing.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/read-data';
import { formatProblem, parseDataFiles } from '../../../src/lib/model/validate';
import { parseTours, tourField } from '../../../src/lib/model/validate-tours';

const { dataset } = parseDataFiles(readDataFiles(join(__dirname, '../../fixtures/mini')));

/** A valid tour of the fixture dataset (its relations' years run 1929–1940). */
function tour(): any { // eslint-disable-line @typescript-eslint/no-explicit-any
  return {
    id: 'orwell-in-spain',
    title: 'Orwell in Spain',
    summary: 'From the POUM militia to the book.',
    steps: [
      { title: 'The militia', text: 'Orwell served with the POUM.', view: { node: 'george-orwell', focus: 1, years: { from: 1936, to: 1937 } }, claims: ['george-orwell--member_of--poum'] },
      { title: 'The book', text: 'He wrote about it.', view: { node: 'george-orwell', path: 'poum', via: 'ties' }, claims: ['george-orwell--authored--homage-to-catalonia', 'homage-to-catalonia--about--poum'], bios: ['george-orwell'] },
    ],
  };
}
const text = (tours: unknown) => JSON.stringify(tours, null, 2);
type Mutate = (t: any) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('tours validator', () => {
  it('accepts a valid tour and returns it', () => {
    const { tours, problems } = parseTours(text([tour()]), dataset);
    expect(problems).toEqual([]);
    expect(tours.map((t) => t.id)).toEqual(['orwell-in-spain']);
  });

  it('names the current id of a renamed relation a tour still cites by its former id', () => {
    const renamed = { ...dataset, relations: dataset.relations.map((r) => (r.id === 'george-orwell--member_of--poum' ? { ...r, formerIds: ['george-orwell--joined--poum'] } : r)) };
    const t = tour();
    t.steps[0].claims = ['george-orwell--joined--poum'];
    const { problems } = parseTours(text([t]), renamed);
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['step 1: claims[0]', "relation 'george-orwell--joined--poum' was renamed 'george-orwell--member_of--poum' (it is a former id): write the current id"],
    ]);
  });

  const cases: [string, Mutate, { field: string; message: RegExp }][] = [
    ['unknown node', (t) => { t.steps[0].view.node = 'nobody'; }, { field: 'step 1: view.node', message: /^unknown node 'nobody'$/ }],
    ['node __proto__', (t) => { t.steps[0].view.node = '__proto__'; }, { field: 'step 1: view.node', message: /unknown node '__proto__'/ }],
    ['node constructor', (t) => { t.steps[1].view.path = 'constructor'; }, { field: 'step 2: view.path', message: /unknown node 'constructor'/ }],
    ['unknown claim', (t) => { t.steps[0].claims.push('orwell--invented--everything'); }, { field: 'step 1: claims[1]', message: /^unknown relation 'orwell--invented--everything'$/ }],
    ['claim hasOwnProperty', (t) => { t.steps[0].claims = ['hasOwnProperty']; }, { field: 'step 1: claims[0]', message: /unknown relation 'hasOwnProperty'/ }],
    ['claim listed twice', (t) => { t.steps[0].claims.push('george-orwell--member_of--poum'); }, { field: 'step 1: claims[1]', message: /listed twice/ }],
    ['no claim', (t) => { t.steps[0].claims = []; }, { field: 'step 1: claims', message: /at least one claim/ }],
    ['claim hidden by the year window', (t) => { t.steps[0].view.years = { from: 1938, to: 1940 }; },
      { field: 'step 1: claims[0]', message: /^claim 'george-orwell--member_of--poum' is hidden by this step's filters \(Years 1938–1940\)$/ }],
    ['claim hidden by a hidden kind', (t) => { t.steps[1].view.hideKinds = ['work']; }, { field: 'step 2: claims[0]', message: /hidden by this step's filters \(Hidden kinds: works\)/ }],
    ['selected node hidden by the window', (t) => { t.steps[0].view.years = { from: 1929, to: 1930 }; }, { field: 'step 1: view.node', message: /node 'george-orwell' is hidden/ }],
    ['unknown biography', (t) => { t.steps[1].bios = ['george-orwell', 'nobody']; }, { field: 'step 2: bios[1]', message: /unknown node 'nobody'/ }],
    ['unknown relation selected', (t) => { t.steps[0].view = { edge: 'nothing--x--y' }; }, { field: 'step 1: view.edge', message: /unknown relation 'nothing--x--y'/ }],
    ['node and relation both selected', (t) => { t.steps[1].view = { node: 'george-orwell', edge: 'george-orwell--member_of--poum' }; }, { field: 'step 2: view.edge', message: /not both/ }],
    ['connection without a node', (t) => { delete t.steps[1].view.node; }, { field: 'step 2: view.path', message: /needs a node to start from/ }],
    ['connection to itself', (t) => { t.steps[1].view.path = 'george-orwell'; }, { field: 'step 2: view.path', message: /to itself/ }],
    ['rule without a connection', (t) => { delete t.steps[1].view.path; }, { field: 'step 2: view.via', message: /belongs with a connection/ }],
    ['chain without a connection', (t) => { t.steps[0].view.chain = 2; }, { field: 'step 1: view.chain', message: /belongs with a connection/ }],
    ['unknown rule', (t) => { t.steps[1].view.via = 'friends'; }, { field: 'step 2: view.via', message: /Invalid option/i }],
    ['chain 4', (t) => { t.steps[1].view.chain = 4; }, { field: 'step 2: view.chain', message: /chain is 1, 2 or 3/ }],
    ['focus without a node', (t) => { t.steps[0].view = { focus: 2 }; }, { field: 'step 1: view.focus', message: /needs a node/ }],
    ['focus with a connection', (t) => { t.steps[1].view.focus = 1; }, { field: 'step 2: view.focus', message: /not shown together/ }],
    ['focus 4', (t) => { t.steps[0].view.focus = 4; }, { field: 'step 1: view.focus', message: /1, 2 or 3 steps/ }],
    ['years running backwards', (t) => { t.steps[0].view.years = { from: 1937, to: 1936 }; }, { field: 'step 1: view.years.to', message: /run backwards/ }],
    ['years before the span', (t) => { t.steps[0].view.years = { from: 1900, to: 1937 }; }, { field: 'step 1: view.years.from', message: /1900 is outside the dataset's years \(1929–1940\)/ }],
    ['years after the span', (t) => { t.steps[0].view.years = { from: 1936, to: 2030 }; }, { field: 'step 1: view.years.to', message: /2030 is outside/ }],
    ['year not whole', (t) => { t.steps[0].view.years = { from: 1936.5, to: 1937 }; }, { field: 'step 1: view.years.from', message: /whole number/ }],
    ['unknown kind hidden', (t) => { t.steps[0].view.hideKinds = ['robot']; }, { field: 'step 1: view.hideKinds[0]', message: /Invalid option/i }],
    ['unknown confidence', (t) => { t.steps[0].view.confidence = 'sure'; }, { field: 'step 1: view.confidence', message: /Invalid option/i }],
    ['unknown source for the lens', (t) => { t.steps[0].view.source = 'nobody-1999-nothing'; }, { field: 'step 1: view.source', message: /unknown source 'nobody-1999-nothing'/ }],
    ['unknown kind of source', (t) => { t.steps[0].view.sourceKind = 'rumour'; }, { field: 'step 1: view.sourceKind', message: /Invalid option/i }],
    ['camera off the map', (t) => { t.steps[0].view = { node: 'poum', camera: { x: 9, y: 0.5, ratio: 1 } }; t.steps[0].claims = ['george-orwell--member_of--poum']; }, { field: 'step 1: view.camera', message: /off the map/ }],
    ['camera not a number', (t) => { t.steps[0].view = { camera: { x: 'left', y: 0.5, ratio: 1 } }; }, { field: 'step 1: view.camera.x', message: /expected number/i }],
    ['camera and frame', (t) => { t.steps[1].view.camera = { x: 0.5, y: 0.5, ratio: 1 }; t.steps[1].view.frame = ['poum']; }, { field: 'step 2: view.frame', message: /not both/ }],
    ['camera in Focus', (t) => { t.steps[0].view.camera = { x: 0.5, y: 0.5, ratio: 1 }; }, { field: 'step 1: view.camera', message: /Focus lays out/ }],
    ['unknown node framed', (t) => { t.steps[1].view.frame = ['poum', 'nobody']; }, { field: 'step 2: view.frame[1]', message: /unknown node 'nobody'/ }],
    ['unknown view field', (t) => { t.steps[0].view.zoom = 3; }, { field: 'step 1: view.zoom', message: /Unrecognized key/ }],
    ['unknown step field', (t) => { t.steps[0].notes = 'x'; }, { field: 'step 1: notes', message: /Unrecognized key/ }],
    ['empty text', (t) => { t.steps[1].text = '  '; }, { field: 'step 2: text', message: /text is empty/ }],
    ['missing title', (t) => { delete t.title; }, { field: 'title', message: /./ }],
    ['one step only', (t) => { t.steps.pop(); }, { field: 'steps', message: /at least two steps/ }],
    ['non-slug id', (t) => { t.id = 'Orwell in Spain'; }, { field: 'id', message: /slug/ }],
    ['tour id __proto__', (t) => { t.id = '__proto__'; }, { field: 'id', message: /constructor, __proto__, toString/ }],
  ];

  it.each(cases)('reports %s at its field', (_name, mutate, expected) => {
    const t = tour();
    mutate(t);
    const { problems } = parseTours(text([t]), dataset);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'tours.json', id: t.id, field: expected.field, message: expect.stringMatching(expected.message) }));
    for (const p of problems) expect(p.line).toBeGreaterThan(0);
  });

  it('points at the offending value: line and column of the unknown node, as `file:line:column: id: step N: field: message`', () => {
    const t = tour();
    t.steps[1].view.path = 'nobody';
    const source = text([t]);
    const [problem] = parseTours(source, dataset).problems;
    const line = source.split('\n').findIndex((l) => l.includes('"nobody"')) + 1;
    const column = source.split('\n')[line - 1].indexOf('"nobody"') + 1;
    expect(formatProblem(problem)).toBe(`tours.json:${line}:${column}: orwell-in-spain: step 2: view.path: unknown node 'nobody'`);
  });

  it('reports a duplicate tour id at the second copy, naming the first', () => {
    const { problems } = parseTours(text([tour(), tour()]), dataset);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^tours\.json:\d+:\d+: orwell-in-spain: id: duplicate tour id 'orwell-in-spain' \(first at tours\.json:3\)$/)]);
  });

  it('names a tour without an id by its place in the file', () => {
    const t = tour();
    delete t.id;
    expect(parseTours(text([tour(), t]), dataset).problems).toContainEqual(expect.objectContaining({ id: '#1', field: 'id' }));
  });

  it('reports broken JSON at its place, and a top level that is not a list', () => {
    expect(parseTours('[{"id": "x",}]', dataset).problems).toEqual([expect.objectContaining({ field: '-', line: 1, column: 13, message: expect.stringMatching(/invalid JSON/) })]);
    expect(parseTours('{"tours": []}', dataset).problems).toEqual([expect.objectContaining({ message: expect.stringMatching(/array of tours/) })]);
    expect(parseTours('', dataset).problems[0].message).toMatch(/invalid JSON/);
    expect(parseTours('[]', dataset)).toEqual({ tours: [], problems: [] });
  });

  it('survives hostile input without throwing, and stays quick', () => {
    const hostile: unknown[] = [
      null, 7, 'tour', [], { __proto__: { id: 'x' } },
      JSON.parse('{"__proto__": {"polluted": true}, "id": "proto-tour", "title": "t", "summary": "s", "steps": []}'),
      { ...tour(), id: 'huge-steps', steps: Array.from({ length: 20_000 }, () => tour().steps[0]) },
      { ...tour(), id: 'huge-claims', steps: [{ ...tour().steps[0], claims: Array.from({ length: 100_000 }, (_v, i) => `r${i}`) }, tour().steps[1]] },
      { ...tour(), id: 'many-problems', steps: Array.from({ length: 40 }, () => ({ ...tour().steps[0], view: { node: 'nobody', path: 'nobody', frame: Array(100).fill('nobody') } })) },
      { ...tour(), id: 'deep', steps: [{ ...tour().steps[0], view: { node: { a: { b: { c: [[[[1]]]] } } } } }, tour().steps[1]] },
    ];
    let result: ReturnType<typeof parseTours> | undefined;
    const file = JSON.stringify(hostile);
    const started = performance.now();
    expect(() => { result = parseTours(file, dataset); }).not.toThrow();
    const took = performance.now() - started;
    const problems = result!.problems;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(problems.find((p) => p.id === 'huge-steps')?.message).toMatch(/more than 40 items/);
    expect(problems.find((p) => p.id === 'huge-claims')).toMatchObject({ field: 'step 1: claims', message: expect.stringMatching(/more than 40 items/) });
    expect(problems.filter((p) => p.id === 'many-problems').length).toBe(51); // 50, then one line counting the rest
    expect(problems.find((p) => p.id === 'many-problems' && p.field === '-')?.message).toMatch(/more problems in this tour/);
    expect(problems.find((p) => p.id === 'deep')?.field).toBe('step 1: view.node');
    expect(problems.filter((p) => p.id === '#0' || p.id === '#1' || p.id === '#2' || p.id === '#3').length).toBeGreaterThanOrEqual(4);
    // Linear in the file's size: a few MB read in well under a few seconds, even on a busy machine.
    expect(took).toBeLessThan(4000);
    // Deep nesting and a long list of tours are refused with a clear message.
    expect(parseTours('['.repeat(100_000), dataset).problems[0].message).toMatch(/nested deeper than 64/);
    const many = parseTours(JSON.stringify(Array.from({ length: 5000 }, () => 1)), dataset).problems;
    expect(many[0].message).toMatch(/more than 100 tours \(5000\)/);
    expect(many.length).toBe(101);
  });

  it('names fields inside steps by step number, counted from 1', () => {
    expect(tourField(['steps', 0, 'view', 'frame', 3])).toBe('step 1: view.frame[3]');
    expect(tourField(['steps', 4])).toBe('step 5');
    expect(tourField(['title'])).toBe('title');
    expect(tourField([])).toBe('-');
  });
});
