// Types of the human-edited dataset (data/*.json), inferred from the zod schemas so the checks
// and the types cannot drift apart.
import type { z } from 'zod';
import type {
  citationSchema, datasetSchema, datedNameSchema, evidenceSchema, nodeSchema, nodeYearsSchema, problemSchema,
  relationSchema, relationYearsSchema, sourceSchema, yearPointSchema,
} from './schema';

/** A year, exact unless qualified (circa, before, after). */
export type YearPoint = z.infer<typeof yearPointSchema>;

/** A node's span of existence: born–died, founded–dissolved, published (no end). */
export type NodeYears = z.infer<typeof nodeYearsSchema>;

/** When a relation held; either end may be open. */
export type RelationYears = z.infer<typeof relationYearsSchema>;

/** Where a source supports a claim. */
export type Citation = z.infer<typeof citationSchema>;

/** One piece of evidence for a relation: what the source supports, in the project's words. */
export type Evidence = z.infer<typeof evidenceSchema>;

/** A name a node bore over a span of years ("Communist Party of Yugoslavia", 1920–1952). */
export type DatedName = z.infer<typeof datedNameSchema>;

/** A person, periodical, organization, work or event. */
export type AtlasNode = z.infer<typeof nodeSchema>;

/** One sourced assertion between two nodes. */
export type AtlasRelation = z.infer<typeof relationSchema>;

/** An entry of the bibliography. */
export type Source = z.infer<typeof sourceSchema>;

/** What kind of text a source is. */
export type SourceType = Source['type'];

/** The whole dataset as edited by historians. */
export type Dataset = z.infer<typeof datasetSchema>;

/** One validation problem, located as precisely as the input allows (line and column are 1-based). */
export type Problem = z.infer<typeof problemSchema>;
