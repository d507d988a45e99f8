// Published relation ids keep working after a relation is re-typed: the former ids travel from the
// data to the first-frame graph, and every place that resolves an id from a link or from data maps a
// former id to the current one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeGraph, joinAtlas, splitAtlas } from '../../../src/lib/model/atlas-files';
import { formerIdIndex, resolveRelationId } from '../../../src/lib/model/former-ids';
import { checkLedger } from '../../../src/lib/model/seed-ledger';
import { parseDataFiles, type DataFile } from '../../../src/lib/model/validate';
import { parseLink } from '../../../src/lib/query/url-state';
import * as T from '../../../src/lib/state/view';
import { fixtureAtlas, fixtureSerialized } from '../components/fixture-atlas';

const OLD = 'joseph-stalin--persecuted--leon-trotsky';
const NOW = 'joseph-stalin--repressed--leon-trotsky';

describe('former relation ids', () => {
  const index = formerIdIndex([
    { id: 'leon-trotsky--expelled_from--cpsu', formerIds: ['cpsu--repressed--leon-trotsky'] },
    { id: 'a--partner_of--b', formerIds: ['a--married_to--b', 'a--loved--b'] },
    { id: 'plain' },
  ]);
  const current = new Set(['leon-trotsky--expelled_from--cpsu', 'a--partner_of--b', 'plain']);
  const resolve = (id: string) => resolveRelationId(id, (r) => current.has(r), index);

  it('maps each former id to the relation that has it now, and a current id to itself', () => {
    expect(resolve('cpsu--repressed--leon-trotsky')).toBe('leon-trotsky--expelled_from--cpsu');
    expect(resolve('a--loved--b')).toBe('a--partner_of--b');
    expect(resolve('plain')).toBe('plain');
    expect(resolve('a--partner_of--b')).toBe('a--partner_of--b');
  });

  it('answers null for an unknown id, an id objects already have, and a former id whose relation is gone', () => {
    expect(resolve('nobody--led--nothing')).toBeNull();
    expect(resolve('constructor')).toBeNull();
    expect(resolve('__proto__')).toBeNull();
    expect(resolveRelationId('cpsu--repressed--leon-trotsky', () => false, index)).toBeNull();
    expect(resolveRelationId('x', () => false, undefined)).toBeNull();
  });

  it('travel from the data through the first-frame graph and back into the full atlas', () => {
    const atlas = fixtureSerialized();
    expect(atlas.edges.find((e) => e.key === NOW)?.attributes?.formerIds).toEqual([OLD]);
    const { graph } = splitAtlas(atlas);
    expect(graph.formerIds).toEqual({ [OLD]: NOW });
    const decoded = decodeGraph(JSON.parse(JSON.stringify(graph)));
    expect(decoded.getAttribute('formerIds')).toEqual({ [OLD]: NOW });
    const texts = splitAtlas(atlas).texts;
    expect(joinAtlas(decoded, texts).edges.find((e) => e.key === NOW)?.attributes?.formerIds).toEqual([OLD]);
    // Relations without former ids carry no empty field.
    expect(joinAtlas(decoded, texts).edges.filter((e) => e.attributes?.formerIds)).toHaveLength(1);
  });

  it('open their relation from a link (?edge=<former id>), and only a relation that exists', () => {
    const atlas = fixtureAtlas();
    atlas.applyLink(`?edge=${OLD}`);
    expect(atlas.view.selection).toEqual({ kind: 'edge', id: NOW });
    expect(atlas.notices).toEqual([]);
    atlas.applyLink('?edge=joseph-stalin--admired--leon-trotsky');
    expect(atlas.view.selection).toBeNull();
    expect(atlas.notices.flatMap((n) => [n.text, ...n.details]).join(' ')).toContain('Unknown edge "joseph-stalin--admired--leon-trotsky"');
  });

  it('are read by the link parser and by the selection transition through KnownIds.currentEdge', () => {
    const known = { hasNode: () => false, hasEdge: (id: string) => id === 'new', currentEdge: (id: string) => (id === 'old' ? 'new' : null) };
    expect(parseLink('?edge=old', known).link.selection).toEqual({ kind: 'edge', id: 'new' });
    expect(parseLink('?edge=old', known).notices).toEqual([]);
    expect(parseLink('?edge=other', known).notices).toEqual(['Unknown edge "other" in ?edge= — ignored.']);
    expect(T.selectEdge(T.INITIAL_VIEW, { id: 'old', known }).selection).toEqual({ kind: 'edge', id: 'new' });
    expect(T.selectEdge(T.INITIAL_VIEW, { id: 'other', known })).toBe(T.INITIAL_VIEW);
  });

  it('are accepted by the seed ledger, which reads them as the current id', () => {
    const context = {
      nodes: new Set(['leon-trotsky']), relations: new Set(['leon-trotsky--expelled_from--cpsu']), sources: new Set<string>(),
      currents: new Set<string>(), formerRelations: formerIdIndex([{ id: 'leon-trotsky--expelled_from--cpsu', formerIds: ['cpsu--repressed--leon-trotsky'] }]),
    };
    const ledger = checkLedger([{ name: '03-stalins-rise.json', text: JSON.stringify([
      { id: 'rise-1', type: 'statement', paragraph: 3, claim: 'The party expelled Trotsky in 1927.', encoded: { relations: ['cpsu--repressed--leon-trotsky'] } },
      { id: 'rise-2', type: 'statement', paragraph: 3, claim: 'The party expelled Trotsky in 1927.', encoded: { relations: ['cpsu--expelled--leon-trotsky'] } },
    ]) }], context);
    expect(ledger.entries[0]).toMatchObject({ encoded: { relations: ['leon-trotsky--expelled_from--cpsu'] } });
    expect(ledger.problems.map((p) => `${p.id}: ${p.message}`)).toEqual(["rise-2: no relation 'cpsu--expelled--leon-trotsky' in the dataset"]);
  });
});

describe('the validator and former ids', () => {
  const FIXTURE = join(__dirname, '../../fixtures/mini');
  const NAMES = ['people.json', 'periodicals.json', 'organizations.json', 'works.json', 'events.json', 'relations.json', 'sources.json'];
  const problemsWith = (change: (relations: { id: string; formerIds?: string[] }[]) => void) => {
    const files: DataFile[] = NAMES.map((name) => {
      const data = JSON.parse(readFileSync(join(FIXTURE, name), 'utf8'));
      if (name === 'relations.json') change(data);
      return { name, text: JSON.stringify(data, null, 2) };
    });
    return parseDataFiles(files).problems.map((p) => `${p.file}:${p.line}: ${p.id}: ${p.field}: ${p.message}`);
  };

  it('accepts former ids that no relation has today', () => {
    expect(problemsWith(() => {})).toEqual([]);
  });

  it('refuses a former id that is a current id, one claimed twice, and an empty list', () => {
    expect(problemsWith((r) => { r[0].formerIds = ['george-orwell--member_of--poum']; })).toEqual([
      expect.stringMatching(/^relations\.json:\d+: george-orwell--authored--homage-to-catalonia: formerIds\[0\]: former id 'george-orwell--member_of--poum' is the id of a relation today \(relations\.json:\d+\)$/),
    ]);
    expect(problemsWith((r) => { r[4].formerIds = [OLD]; })).toEqual([
      expect.stringMatching(new RegExp(`^relations\\.json:\\d+: george-orwell--member_of--poum: formerIds\\[0\\]: former id '${OLD}' is claimed twice \\(first at relations\\.json:\\d+\\)$`)),
    ]);
    expect(problemsWith((r) => { r[0].formerIds = []; })).toEqual([
      expect.stringMatching(/george-orwell--authored--homage-to-catalonia: formerIds: formerIds is empty: leave it out$/),
    ]);
  });
});
