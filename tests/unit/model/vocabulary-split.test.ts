// The relation types split out in issue 9, as a reader meets them: their phrases from either end,
// their family and direction, and the kinds the validator lets them join.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { phraseFrom, relationsOf, relationSentence } from '../../../src/lib/model/describe';
import type { Graph } from '../../../src/lib/model/graph-type';
import { parseDataFiles, type DataFile } from '../../../src/lib/model/validate';
import { FAMILY_LABELS, RELATIONS, type Relation, type RelationSpec } from '../../../src/lib/model/vocabulary';

const spec = (r: Relation): RelationSpec => RELATIONS[r];

describe('the split vocabulary', () => {
  it('gives each new type its label, inverse, direction, family and ends', () => {
    const row = (r: Relation) => {
      const s = spec(r);
      return [s.label, s.inverse, s.directed, FAMILY_LABELS[s.family], s.ends?.source ?? 'any', s.ends?.target ?? 'any', !!s.instant];
    };
    expect(row('expelled_from')).toEqual(['Expelled from', 'Expelled', true, 'Influence & dispute', ['person', 'organization'], ['organization'], true]);
    expect(row('suspended_from')).toEqual(['Suspended from', 'Suspended', true, 'Influence & dispute', ['person', 'organization'], ['organization'], true]);
    expect(row('removed_from_office')).toEqual(['Removed from office in', 'Removed from office', true, 'Influence & dispute', ['person'], ['organization'], true]);
    expect(row('partner_of')).toEqual(['Partner of', 'Partner of', false, 'Alliances & ties', ['person'], ['person'], false]);
    expect(row('associated_with')).toEqual(['Associated with', 'Has associate', true, 'Membership & leadership', ['person', 'organization', 'periodical'], ['organization'], false]);
  });

  it('says in its meanings what each type is not', () => {
    expect(spec('repressed').meaning).toMatch(/state/);
    expect(spec('repressed').meaning).not.toMatch(/expel/);
    expect(spec('expelled_from').meaning).toMatch(/not arrest/);
    expect(spec('married_to').meaning).not.toMatch(/partner/);
    expect(spec('partner_of').meaning).toMatch(/without being married/);
    expect(spec('member_of').meaning).toMatch(/formal body/);
    expect(spec('associated_with').meaning).toMatch(/informal circle/);
  });

  it('reads an expulsion from the member and from the party, dated by its year', () => {
    const graph = new MultiDirectedGraph() as unknown as Graph;
    graph.addNode('trotsky', { label: 'Leon Trotsky' } as never);
    graph.addNode('cpsu', { label: 'CPSU' } as never);
    graph.addNode('sedova', { label: 'Natalia Sedova' } as never);
    graph.addEdgeWithKey('e', 'trotsky', 'cpsu', { relation: 'expelled_from', directed: true, years: { start: { year: 1927 } }, confidence: 'certain' } as never);
    graph.addEdgeWithKey('p', 'sedova', 'trotsky', { relation: 'partner_of', directed: false, years: { start: { year: 1903, qualifier: 'circa' }, end: { year: 1940 } }, confidence: 'likely' } as never);
    expect(relationsOf(graph, 'trotsky').flatMap((g) => g.lines.map(relationSentence))).toEqual(['Expelled from CPSU, 1927', 'Partner of Natalia Sedova, c. 1903–1940']);
    expect(phraseFrom(graph, 'e', 'cpsu')).toBe('Expelled');
    expect(relationsOf(graph, 'cpsu')[0].lines.map(relationSentence)).toEqual(['Expelled Leon Trotsky, 1927']);
  });

  it('is enforced by the validator: an expulsion points at an organization, a partnership joins two people', () => {
    const dir = join(__dirname, '../../fixtures/mini');
    const names = ['people.json', 'periodicals.json', 'organizations.json', 'works.json', 'events.json', 'relations.json', 'sources.json'];
    const data = Object.fromEntries(names.map((n) => [n, JSON.parse(readFileSync(join(dir, n), 'utf8'))]));
    const evidence = [{ source: 'wp-anti-stalinist-left', locator: '§ Lead', note: 'A test relation of the new kind.' }];
    data['relations.json'].push(
      { id: 'leon-trotsky--expelled_from--george-orwell', source: 'leon-trotsky', relation: 'expelled_from', target: 'george-orwell', years: { start: { year: 1930 } }, confidence: 'certain', evidence },
      { id: 'poum--partner_of--george-orwell', source: 'poum', relation: 'partner_of', target: 'george-orwell', years: { start: { year: 1937 } }, confidence: 'certain', evidence },
      { id: 'george-orwell--associated_with--poum', source: 'george-orwell', relation: 'associated_with', target: 'poum', years: { start: { year: 1937 } }, confidence: 'certain', evidence },
    );
    const files: DataFile[] = names.map((name) => ({ name, text: JSON.stringify(data[name], null, 2) }));
    expect(parseDataFiles(files).problems.map((p) => `${p.id}: ${p.field}: ${p.message}`)).toEqual([
      "leon-trotsky--expelled_from--george-orwell: target: 'expelled_from' cannot point to a person ('george-orwell')",
      "poum--partner_of--george-orwell: source: 'partner_of' cannot start from a organization ('poum')",
    ]);
  });
});
