// The dataset's types are the zod schemas inferred, so they cannot drift from what is checked.
// (expectTypeOf is checked by svelte-check / tsc; at run time these tests only parse.)
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { readDataFiles } from '../../../scripts/read-data';
import { datasetSchema, problemSchema, type nodeSchema, type relationSchema, type sourceSchema } from '../../../src/lib/model/schema';
import type { AtlasNode, AtlasRelation, Citation, Dataset, Evidence, NodeYears, Problem, RelationYears, Source, YearPoint } from '../../../src/lib/model/types';
import { parseDataFiles } from '../../../src/lib/model/validate';
import type { Country, Current, NodeKind, Relation } from '../../../src/lib/model/vocabulary';

describe('dataset types', () => {
  it('are inferred from the schemas', () => {
    expectTypeOf<AtlasNode>().toEqualTypeOf<z.infer<typeof nodeSchema>>();
    expectTypeOf<AtlasRelation>().toEqualTypeOf<z.infer<typeof relationSchema>>();
    expectTypeOf<Source>().toEqualTypeOf<z.infer<typeof sourceSchema>>();
    expectTypeOf<Dataset>().toEqualTypeOf<z.infer<typeof datasetSchema>>();
    expectTypeOf<Problem>().toEqualTypeOf<z.infer<typeof problemSchema>>();
  });

  it('keep the vocabulary types importers rely on', () => {
    expectTypeOf<AtlasNode['kind']>().toEqualTypeOf<NodeKind>();
    expectTypeOf<AtlasNode['currents']>().toEqualTypeOf<Current[]>();
    expectTypeOf<AtlasNode['countries']>().toEqualTypeOf<Country[]>();
    expectTypeOf<AtlasNode['years']>().toEqualTypeOf<NodeYears>();
    expectTypeOf<AtlasNode['bioSources']>().toEqualTypeOf<Citation[]>();
    expectTypeOf<AtlasRelation['relation']>().toEqualTypeOf<Relation>();
    expectTypeOf<AtlasRelation['years']>().toEqualTypeOf<RelationYears>();
    expectTypeOf<AtlasRelation['evidence']>().toEqualTypeOf<Evidence[]>();
    expectTypeOf<NodeYears['start']>().toEqualTypeOf<YearPoint>();
    expectTypeOf<Problem['column']>().toEqualTypeOf<number | undefined>();
  });

  it('describe what the validator returns', () => {
    const { dataset, problems } = parseDataFiles(readDataFiles(join(__dirname, '../../fixtures/mini')));
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
    const broken = parseDataFiles([{ name: 'people.json', text: '[' }]).problems;
    expect(problems).toEqual([]);
    for (const problem of broken) expect(problemSchema.safeParse(problem).success).toBe(true);
  });
});
