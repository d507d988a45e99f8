// The bundled relations mean what their type says (issue 9): the evidence of a `repressed` relation
// does not describe a party expulsion, a `married_to` relation is not an unmarried couple, party
// discipline states the act it is typed as, and no body is both a circle and a body with members.
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/read-data';
import { parseDataFiles } from '../../../src/lib/model/validate';
import type { AtlasRelation } from '../../../src/lib/model/types';
import type { Relation } from '../../../src/lib/model/vocabulary';

const { dataset } = parseDataFiles(readDataFiles());
const notes = (r: AtlasRelation) => r.evidence.map((e) => e.note).join(' ');
const ofType = (relation: Relation) => dataset.relations.filter((r) => r.relation === relation);

const EXPULSION = /expel|expuls|suspend/i;
const STATE_ACT = /arrest|exile|prison|jail|shot|kill|murder|execut|detain|deport|sentenc|custody|abduct|armou?r|tanks|troops|crush|put down|suppress|banned|dismiss|removed from (their|his|her) (university|teaching)/i;
const PARTNERS = /partners?\b|partnership|companions?\b|lovers?\b|living together/i;
const NO_MARRIAGE = /without (a |any )?(formal )?marriage|not (a |an )?(church |formal |legal )?marriage|never married|unmarried|common-law/i;
const MARRIAGE = /\bmarri(ed|age)\b/i;

/** Notes that say a couple were not married, or call them partners without saying they married. */
function describesPartners(text: string): boolean {
  if (NO_MARRIAGE.test(text)) return true;
  return PARTNERS.test(text) && !MARRIAGE.test(text);
}

describe('relation types and their evidence', () => {
  it('has no repressed relation whose evidence describes an expulsion or suspension without an arrest, exile, prison or killing', () => {
    const repressed = ofType('repressed');
    expect(repressed.length).toBeGreaterThan(50);
    const discipline = repressed.filter((r) => EXPULSION.test(notes(r)) && !STATE_ACT.test(notes(r))).map((r) => `${r.id}: ${notes(r)}`);
    expect(discipline).toEqual([]);
  });

  it('has no married_to relation whose evidence describes partners or companions', () => {
    const married = ofType('married_to');
    expect(married.length).toBeGreaterThan(0);
    expect(married.filter((r) => describesPartners(notes(r))).map((r) => `${r.id}: ${notes(r)}`)).toEqual([]);
  });

  it('tells a partnership from a marriage the way the evidence does', () => {
    expect(describesPartners('Sartre and Beauvoir were companions from 1929 until his death, without formal marriage.')).toBe(true);
    expect(describesPartners("Kessler calls Fischer Maslow's political and common-law marriage partner.")).toBe(true);
    expect(describesPartners('The relation was a partnership, not a marriage.')).toBe(true);
    expect(describesPartners('They married in June 1936; Eileen died in March 1945.')).toBe(false);
    expect(describesPartners('Partners from 1937; the date of their formal marriage is given differently in accounts.')).toBe(false);
    expect(ofType('partner_of').every((r) => describesPartners(notes(r)))).toBe(true);
  });

  it('types party discipline by the act its evidence states', () => {
    const acts: [Relation, RegExp][] = [
      ['expelled_from', /expel/i], ['suspended_from', /suspend/i], ['removed_from_office', /removed|stripped|replaced/i],
    ];
    for (const [relation, act] of acts) {
      const relations = ofType(relation);
      expect(relations.length, relation).toBeGreaterThan(0);
      expect(relations.filter((r) => !act.test(notes(r))).map((r) => r.id), relation).toEqual([]);
    }
  });

  it('treats each body either as a circle one is associated with or as a body one is a member of, never both', () => {
    const circles = new Set(ofType('associated_with').map((r) => r.target));
    expect([...circles]).toEqual(expect.arrayContaining(['new-york-intellectuals', 'new-left', 'eurocommunism']));
    expect(ofType('member_of').filter((r) => circles.has(r.target)).map((r) => r.id)).toEqual([]);
  });

  it('keeps every former id pointing at a relation of the same two ends', () => {
    for (const r of dataset.relations) {
      for (const former of r.formerIds ?? []) {
        const [a, , b] = former.split('--');
        expect([a, b].sort(), `${r.id} was ${former}`).toEqual([r.source, r.target].sort());
      }
    }
  });
});
