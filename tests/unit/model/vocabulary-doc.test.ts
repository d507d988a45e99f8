// data/README.md documents every value of the closed vocabularies, so the docs stay true.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIDENCE_LEVELS, COUNTRIES, CURRENT_KEYS, NODE_KINDS, RELATIONS, RELATION_KEYS } from '../../../src/lib/model/vocabulary';

const doc = readFileSync(join(__dirname, '../../../data/README.md'), 'utf8');

describe('data/README.md', () => {
  it.each([
    ['kind', NODE_KINDS], ['relation', RELATION_KEYS], ['current', CURRENT_KEYS],
    ['confidence level', CONFIDENCE_LEVELS], ['country', COUNTRIES],
  ] as const)('documents every %s', (_what, values) => {
    expect(values.filter((v) => !doc.includes(`\`${v}\``))).toEqual([]);
  });

  it('gives each relation its label and inverse label', () => {
    for (const [key, spec] of Object.entries(RELATIONS)) {
      expect(doc).toContain(`| \`${key}\` | ${spec.label} | ${spec.inverse} |`);
    }
  });
});
