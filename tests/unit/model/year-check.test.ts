// The validator's year checks across a relation and its ends, one rule at a time, on the mini
// fixture: each bad case gives exactly the problem a historian would read, at its file and line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseDataFiles, type DataFile } from '../../../src/lib/model/validate';
import { CIRCA_TOLERANCE, formatPoint, surelyBefore, yearRange } from '../../../src/lib/model/year-check';

const FIXTURE = join(__dirname, '../../fixtures/mini');
const NAMES = ['people.json', 'periodicals.json', 'organizations.json', 'works.json', 'events.json', 'relations.json', 'sources.json'];
type Data = Record<string, any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The fixture's problems after `mutate`, each as `file:line:column: id: field: message`. */
function problems(mutate: (d: Data) => void): string[] {
  const data: Data = Object.fromEntries(NAMES.map((n) => [n, JSON.parse(readFileSync(join(FIXTURE, n), 'utf8'))]));
  mutate(data);
  const files: DataFile[] = NAMES.map((name) => ({ name, text: JSON.stringify(data[name], null, 2) }));
  return parseDataFiles(files).problems.map(formatProblem);
}

const y = (year: number, qualifier?: 'circa' | 'before' | 'after') => (qualifier ? { year, qualifier } : { year });
// Relations of the fixture, by index: 2 Stalin repressed Trotsky, 3 Trotsky criticized Stalin, 4 Orwell member of the POUM.
const setYears = (i: number, years: object) => (d: Data) => { d['relations.json'][i].years = years; };
const poumEnds = (end: object) => (d: Data) => { d['organizations.json'][0].years.end = end; };
const both = (...steps: ((d: Data) => void)[]) => (d: Data) => { for (const step of steps) step(d); };

/** A second organization and a founding, for the founding rules. */
const fourthInternational = (founding: object, start = y(1938)) => (d: Data) => {
  d['organizations.json'].push({
    id: 'fourth-international', label: 'Fourth International', kind: 'organization', aliases: [],
    years: { start, end: 'present' }, countries: ['International'], currents: ['trotskyism'],
    bio: 'The International that Trotsky founded. Fixture only.', bioSources: [{ source: 'wp-anti-stalinist-left', locator: 'lead' }],
  });
  d['relations.json'].push({
    id: 'leon-trotsky--founded--fourth-international', source: 'leon-trotsky', target: 'fourth-international', relation: 'founded',
    years: founding, confidence: 'certain', evidence: [{ source: 'wp-anti-stalinist-left', locator: 'lead', note: 'Fixture only: the founding.' }],
  });
};
const addRelation = (relation: string, source: string, target: string, years: object) => (d: Data) => {
  d['relations.json'].push({
    id: `${source}--${relation}--${target}`, source, target, relation, years, confidence: 'certain',
    evidence: [{ source: 'wp-anti-stalinist-left', locator: 'lead', note: 'Fixture only: a dated claim.' }],
  });
};

describe('reading qualified years', () => {
  it('gives each qualifier its range', () => {
    expect(CIRCA_TOLERANCE).toBe(2);
    expect(yearRange(y(1933))).toEqual([1933, 1933]);
    expect(yearRange(y(1933, 'circa'))).toEqual([1931, 1935]);
    expect(yearRange(y(1933, 'before'))).toEqual([-Infinity, 1933]);
    expect(yearRange(y(1933, 'after'))).toEqual([1933, Infinity]);
  });

  it('calls a year earlier only when every reading is earlier', () => {
    expect(surelyBefore(y(1930), y(1931))).toBe(true);
    expect(surelyBefore(y(1931), y(1931))).toBe(false);
    expect(surelyBefore(y(1929, 'circa'), y(1931))).toBe(false);
    expect(surelyBefore(y(1928, 'circa'), y(1931))).toBe(true);
    expect(surelyBefore(y(1931, 'before'), y(1931))).toBe(false);
    expect(surelyBefore(y(1930, 'before'), y(1931))).toBe(true);
    expect(surelyBefore(y(1925, 'after'), y(1931))).toBe(false);
    expect(surelyBefore(y(1931), y(1933, 'circa'))).toBe(false);
  });

  it('writes a year as the data gives it', () => {
    expect([y(1933), y(1933, 'circa'), y(1933, 'before'), y(1933, 'after')].map(formatPoint))
      .toEqual(['1933', 'c. 1933', 'before 1933', 'after 1933']);
  });
});

describe('years across a relation and its ends', () => {
  it('accepts the fixture', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it('a relation cannot start before either end existed', () => {
    expect(problems(setYears(3, { start: y(1875), end: y(1940) }))).toEqual([
      "relations.json:68:16: leon-trotsky--criticized--joseph-stalin: years.start: starts in 1875, before source 'leon-trotsky' existed (1879)",
      "relations.json:68:16: leon-trotsky--criticized--joseph-stalin: years.start: starts in 1875, before target 'joseph-stalin' existed (1878)",
    ]);
  });

  it('with no start, its end is checked against the start of its ends', () => {
    expect(problems(setYears(4, { end: y(1930) }))).toEqual([
      "relations.json:90:14: george-orwell--member_of--poum: years.end: ends in 1930, before target 'poum' existed (1935)",
    ]);
  });

  it('a membership cannot end after its member died', () => {
    expect(problems(setYears(4, { start: y(1936), end: y(1951) }))).toEqual([
      "relations.json:93:14: george-orwell--member_of--poum: years.end: ends in 1951, after source 'george-orwell' ended (1950)",
    ]);
  });

  it('a membership cannot outlive its organization, but a book about it can come after', () => {
    expect(problems(both(poumEnds(y(1937)), setYears(4, { start: y(1936), end: y(1939) })))).toEqual([
      "relations.json:93:14: george-orwell--member_of--poum: years.end: ends in 1939, after target 'poum' ended (1937)",
    ]);
  });

  it('gives a circa year two years either way', () => {
    const poumFrom = (start: object) => (d: Data) => { d['organizations.json'][0].years.start = start; };
    expect(problems(both(poumFrom(y(1935, 'circa')), setYears(4, { start: y(1933), end: y(1937) })))).toEqual([]);
    expect(problems(both(poumFrom(y(1935, 'circa')), setYears(4, { start: y(1932), end: y(1937) })))).toEqual([
      "relations.json:90:16: george-orwell--member_of--poum: years.start: starts in 1932, before target 'poum' existed (c. 1935)",
    ]);
    expect(problems(both(poumEnds(y(1937, 'circa')), setYears(4, { start: y(1936), end: y(1939) })))).toEqual([]);
    expect(problems(both(poumEnds(y(1937, 'circa')), setYears(4, { start: y(1936), end: y(1940) })))).toEqual([
      "relations.json:93:14: george-orwell--member_of--poum: years.end: ends in 1940, after target 'poum' ended (c. 1937)",
    ]);
  });

  it('reads before and after inclusively, and reports what no reading saves', () => {
    expect(problems(setYears(4, { start: y(1935, 'before'), end: y(1950, 'after') }))).toEqual([]);
    expect(problems(setYears(4, { start: y(1934, 'before'), end: y(1951, 'after') }))).toEqual([
      "relations.json:90:16: george-orwell--member_of--poum: years.start: starts before 1934, before target 'poum' existed (1935)",
      "relations.json:94:14: george-orwell--member_of--poum: years.end: ends after 1951, after source 'george-orwell' ended (1950)",
    ]);
  });

  it('an influence may be posthumous, a criticism may not', () => {
    expect(problems(addRelation('influenced', 'leon-trotsky', 'george-orwell', { start: y(1945) }))).toEqual([]);
    expect(problems(setYears(3, { start: y(1929), end: y(1945) }))).toEqual([
      "relations.json:71:14: leon-trotsky--criticized--joseph-stalin: years.end: ends in 1945, after source 'leon-trotsky' ended (1940)",
    ]);
  });

  it('an influence on a book may come before the book appeared', () => {
    expect(problems(addRelation('influenced', 'leon-trotsky', 'homage-to-catalonia', { start: y(1937) }))).toEqual([]);
  });

  it('the repression of a group may run on after the arrests that ended it, not begin after', () => {
    const stalinRepressedPoum = (years: object) => addRelation('repressed', 'joseph-stalin', 'poum', years);
    expect(problems(both(poumEnds(y(1937)), stalinRepressedPoum({ start: y(1937), end: y(1938) })))).toEqual([]);
    expect(problems(both(poumEnds(y(1937)), stalinRepressedPoum({ start: y(1938) })))).toEqual([
      "relations.json:112:16: joseph-stalin--repressed--poum: years.start: starts in 1938, after target 'poum' ended (1937)",
    ]);
    // The rule is for groups: the repression of a person does not outlive them.
    expect(problems(setYears(2, { start: y(1929), end: y(1941) }))).toEqual([
      "relations.json:52:14: joseph-stalin--repressed--leon-trotsky: years.end: ends in 1941, after target 'leon-trotsky' ended (1940)",
    ]);
  });

  it('a founding is dated by what it founded', () => {
    expect(problems(fourthInternational({ start: y(1938) }))).toEqual([]);
    expect(problems(fourthInternational({ start: y(1937, 'circa') }))).toEqual([]);
    expect(problems(fourthInternational({ start: y(1939) }))).toEqual([
      "relations.json:112:16: leon-trotsky--founded--fourth-international: years.start: a founding dated 1939, but target 'fourth-international' began in 1938: the two must agree",
    ]);
  });

  it('an undated founding cannot fall after its founder died, nor before they were born', () => {
    expect(problems(fourthInternational({}))).toEqual([]);
    expect(problems(fourthInternational({}, y(1941)))).toEqual([
      "relations.json:111:14: leon-trotsky--founded--fourth-international: years: founds 'fourth-international', which began in 1941, after source 'leon-trotsky' ended (1940)",
    ]);
    expect(problems(fourthInternational({}, y(1870)))).toEqual([
      "relations.json:111:14: leon-trotsky--founded--fourth-international: years: founds 'fourth-international', which began in 1870, before source 'leon-trotsky' existed (1879)",
    ]);
  });
});

describe('dated names', () => {
  const poumNames = (names: object[], aliases?: string[]) => (d: Data) => {
    d['organizations.json'][0].names = names;
    if (aliases) d['organizations.json'][0].aliases = aliases;
  };
  const named = (label: string, from: number, to?: number) => ({ label, from, ...(to !== undefined ? { to } : {}) });

  it('accepts names in order, sharing only the year of a change, within the life', () => {
    expect(problems(poumNames([named('Workers\' Party', 1935, 1937), named('POUM', 1937)]))).toEqual([]);
    // The POUM ends c. 1980: a name may run to 1982.
    expect(problems(poumNames([named('POUM', 1935, 1982)]))).toEqual([]);
  });

  it('reports each contradiction at its field', () => {
    expect(problems(poumNames([named('Early', 1930, 1936), named('Late', 1936, 1935), named('Later', 1936), named('Last', 1990)]))).toEqual([
      "organizations.json:35:17: poum: names[0].from: name 'Early' starts in 1930, before 'poum' existed (1935)",
      "organizations.json:41:15: poum: names[1].to: name 'Late' ends (1935) before it starts (1936)",
      "organizations.json:45:17: poum: names[2].from: names are in order of time: 'Later' (from 1936) comes after 'Late' (from 1936)",
      "organizations.json:49:17: poum: names[3].from: name 'Last' runs to 1990, after 'poum' ended (c. 1980)",
    ]);
    expect(problems(poumNames([named('A', 1935, 1940), named('B', 1938)]))).toEqual([
      "organizations.json:40:17: poum: names[1].from: name 'B' starts in 1938, while 'A' runs to 1940: two names overlap only in the year of the change",
    ]);
  });

  it('keeps a dated name out of the aliases, and refuses an empty list', () => {
    expect(problems(poumNames([named('POUM', 1935)], ['POUM', 'P.O.U.M.']))).toEqual([
      "organizations.json:7:7: poum: aliases[0]: alias 'POUM' is also a dated name: keep it in names only",
    ]);
    expect(problems(poumNames([]))).toEqual(['organizations.json:32:14: poum: names: names is empty: leave it out']);
  });
});
