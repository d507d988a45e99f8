// data/README.md documents every value of the closed vocabularies, so the docs stay true.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONFIDENCE_LEVELS, COUNTRIES, CURRENT_KEYS, FAMILY_LABELS, NODE_KINDS, RELATIONS, RELATION_KEYS, type RelationSpec,
} from '../../../src/lib/model/vocabulary';

const doc = readFileSync(join(__dirname, '../../../data/README.md'), 'utf8');

describe('data/README.md', () => {
  it.each([
    ['kind', NODE_KINDS], ['relation', RELATION_KEYS], ['current', CURRENT_KEYS],
    ['confidence level', CONFIDENCE_LEVELS], ['country', COUNTRIES],
  ] as const)('documents every %s', (_what, values) => {
    expect(values.filter((v) => !doc.includes(`\`${v}\``))).toEqual([]);
  });

  it('gives each relation its label, inverse label, direction, family, ends and meaning, as the vocabulary does', () => {
    const side = (kinds?: readonly string[]) => (kinds ? kinds.join(', ') : 'any');
    for (const [key, spec] of Object.entries(RELATIONS) as [string, RelationSpec][]) {
      const ends = `${side(spec.ends?.source)} → ${side(spec.ends?.target)}`;
      expect(doc).toContain(`| \`${key}\` | ${spec.label} | ${spec.inverse} | ${spec.directed ? 'yes' : 'no'} | ${FAMILY_LABELS[spec.family]} | ${ends} | ${spec.meaning} |`);
    }
  });

  it('lists the relations in the order of the vocabulary, one row each', () => {
    const rows = [...doc.matchAll(/^\| `([a-z_]+)` \| [^|]+ \| [^|]+ \| (?:yes|no) \|/gm)].map((m) => m[1]);
    expect(rows).toEqual(RELATION_KEYS);
  });
});
