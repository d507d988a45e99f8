// Everything a relation means lives in its RELATIONS entry, and the validator reads it there:
// endpoint kinds, whether it may outlive its target, whether writing may precede the target.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDataFiles, type DataFile } from '../../../src/lib/model/validate';
import { NODE_KINDS, RELATIONS, type Relation, type RelationSpec } from '../../../src/lib/model/vocabulary';

const FIXTURE = join(__dirname, '../../fixtures/mini');
const NAMES = ['people.json', 'periodicals.json', 'organizations.json', 'works.json', 'events.json', 'relations.json', 'sources.json'];
type Data = Record<string, any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any

function problems(mutate: (d: Data) => void): string[] {
  const data: Data = Object.fromEntries(NAMES.map((n) => [n, JSON.parse(readFileSync(join(FIXTURE, n), 'utf8'))]));
  mutate(data);
  const files: DataFile[] = NAMES.map((name) => ({ name, text: JSON.stringify(data[name], null, 2) }));
  return parseDataFiles(files).problems.map((p) => `${p.id}: ${p.field}: ${p.message}`);
}

const specs = RELATIONS as Record<Relation, RelationSpec>;
const saved = new Map(Object.entries(RELATIONS).map(([k, v]) => [k, { ...v }]));
afterEach(() => {
  for (const [key, spec] of saved) {
    const live = specs[key as Relation] as unknown as Record<string, unknown>;
    for (const field of Object.keys(live)) if (!(field in spec)) delete live[field];
    Object.assign(live, spec);
  }
});

describe('relation registry', () => {
  it('holds the rules the validator used to special-case', () => {
    const kinds = (r: Relation) => specs[r].ends;
    expect(kinds('member_of')).toEqual({ source: ['person', 'organization'], target: ['organization'] });
    expect(kinds('about')).toEqual({ source: ['work', 'periodical'] });
    expect(kinds('led')).toBeUndefined();
    const outlive = Object.keys(RELATIONS).filter((r) => specs[r as Relation].afterTargetEnd?.length === NODE_KINDS.length);
    expect(outlive).toEqual(['about', 'influenced', 'criticized', 'opposed']);
    expect(specs.supported.afterTargetEnd).toEqual(['event']);
    expect(specs.repressed.afterTargetEnd).toEqual(['event']);
    const precede = Object.keys(RELATIONS).filter((r) => specs[r as Relation].beforeTargetStart?.includes('work'));
    expect(precede).toEqual(['edited', 'contributed_to', 'authored', 'influenced']);
    expect(Object.keys(RELATIONS).filter((r) => specs[r as Relation].startsTarget)).toEqual(['founded']);
    expect(Object.keys(RELATIONS).filter((r) => specs[r as Relation].outlivesTarget)).toEqual(['repressed']);
    expect(specs.repressed.outlivesTarget).toEqual(['organization']);
  });

  it('names only real node kinds', () => {
    for (const spec of Object.values(specs)) {
      for (const list of [spec.ends?.source, spec.ends?.target, spec.afterTargetEnd, spec.beforeTargetStart, spec.outlivesTarget]) {
        for (const kind of list ?? []) expect(NODE_KINDS).toContain(kind);
      }
    }
  });

  it('is where the validator reads endpoint kinds', () => {
    expect(problems(() => {})).toEqual([]);
    (specs.member_of as { ends?: RelationSpec['ends'] }).ends = { target: ['event'] };
    expect(problems(() => {})).toEqual(["george-orwell--member_of--poum: target: 'member_of' cannot point to a organization ('poum')"]);
  });

  it('is where the validator reads whether writing may precede the target', () => {
    const early = (d: Data) => { d['relations.json'][0].years = { start: { year: 1936 } }; };
    expect(problems(early)).toEqual([]);
    delete (specs.authored as { beforeTargetStart?: unknown }).beforeTargetStart;
    expect(problems(early)).toEqual([
      "george-orwell--authored--homage-to-catalonia: years.start: starts in 1936, before target 'homage-to-catalonia' existed (1938)",
    ]);
  });

  it('is where the validator reads whether a relation may outlive its target', () => {
    const late = (d: Data) => { d['relations.json'][2].years = { start: { year: 1945 } }; };
    expect(problems(late)).toEqual(["joseph-stalin--repressed--leon-trotsky: years.start: starts in 1945, after target 'leon-trotsky' ended (1940)"]);
    (specs.repressed as { afterTargetEnd?: readonly string[] }).afterTargetEnd = ['event', 'person'];
    expect(problems(late)).toEqual([]);
  });

  it('is where the validator reads whether a relation may run on past its target', () => {
    const trial = (d: Data) => {
      d['organizations.json'][0].years.end = { year: 1937 };
      d['relations.json'].push({ ...d['relations.json'][2], id: 'joseph-stalin--repressed--poum', target: 'poum', formerIds: undefined, years: { start: { year: 1937 }, end: { year: 1938 } } });
    };
    expect(problems(trial)).toEqual([]);
    delete (specs.repressed as { outlivesTarget?: unknown }).outlivesTarget;
    expect(problems(trial)).toEqual(["joseph-stalin--repressed--poum: years.end: ends in 1938, after target 'poum' ended (1937)"]);
  });

  it('is where the validator reads that a founding is dated by its target', () => {
    const late = (d: Data) => {
      d['relations.json'].push({ ...d['relations.json'][4], id: 'george-orwell--founded--poum', relation: 'founded', years: { start: { year: 1936 } } });
    };
    expect(problems(late)).toEqual(["george-orwell--founded--poum: years.start: a founding dated 1936, but target 'poum' began in 1935: the two must agree"]);
    delete (specs.founded as { startsTarget?: unknown }).startsTarget;
    expect(problems(late)).toEqual([]);
  });
});
