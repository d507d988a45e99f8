// Which relation types may be steps of a connection: the new types of issue 9 are classed as their
// meaning asks (party discipline is hostile, association with a circle is a tie, a couple is neither).
import { describe, expect, it } from 'vitest';
import { isHostile, PATH_RULE_LABELS, stepAllowed } from '../../../src/lib/analysis/path-rules';
import { RELATION_KEYS, type Relation } from '../../../src/lib/model/vocabulary';

describe('path rules', () => {
  it('counts expulsion, suspension and removal from office as hostile, like criticism and repression', () => {
    for (const r of ['expelled_from', 'suspended_from', 'removed_from_office', 'repressed', 'criticized', 'opposed'] as Relation[]) {
      expect(isHostile(r), r).toBe(true);
      expect(stepAllowed('friendly', r), r).toBe(false);
      expect(stepAllowed('ties', r), r).toBe(false);
      expect(stepAllowed('all', r), r).toBe(true);
    }
    expect(PATH_RULE_LABELS.friendly).toContain('expulsion');
  });

  it('counts association with a circle as a tie of affiliation, as membership is', () => {
    expect(stepAllowed('ties', 'associated_with')).toBe(true);
    expect(stepAllowed('ties', 'member_of')).toBe(true);
    expect(isHostile('associated_with')).toBe(false);
  });

  it('treats a partnership as a marriage: no tie of affiliation, not hostile', () => {
    for (const r of ['partner_of', 'married_to'] as Relation[]) {
      expect(stepAllowed('ties', r), r).toBe(false);
      expect(stepAllowed('friendly', r), r).toBe(true);
    }
  });

  it('lets every type of the vocabulary be a step under "any relation", and a type of an opened file only under it', () => {
    expect(RELATION_KEYS.filter((r) => !stepAllowed('all', r))).toEqual([]);
    expect(stepAllowed('all', 'loved' as Relation)).toBe(true);
    expect(stepAllowed('ties', 'loved' as Relation)).toBe(false);
    expect(stepAllowed('friendly', 'loved' as Relation)).toBe(false);
  });
});
