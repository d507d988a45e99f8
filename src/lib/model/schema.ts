// Structural schema of the dataset files (zod), and the one source of the dataset's types
// (types.ts infers them from here). Referential checks live in validate.ts.
import { z } from 'zod';
import {
  CONFIDENCE_LEVELS, COUNTRIES, CURRENT_KEYS, NODE_KINDS, RELATION_KEYS, YEAR_QUALIFIERS,
  type Current, type Relation,
} from './vocabulary';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Names on `Object.prototype` (`constructor`, `__proto__`, `toString`…). graphology keeps
 * adjacency in plain objects, so a node called `constructor` breaks the graph build.
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

const notReserved = (id: string) => !RESERVED_IDS.has(id);
const RESERVED_MESSAGE = 'id is a name JavaScript objects already have (constructor, __proto__, toString…); choose another';

export const yearPointSchema = z.strictObject({
  year: z.number().int().min(1700, 'year before 1700').max(2100, 'year after 2100'),
  qualifier: z.enum(YEAR_QUALIFIERS).optional(),
});

export const nodeYearsSchema = z.strictObject({
  start: yearPointSchema,
  end: z.union([yearPointSchema, z.literal('present')]).optional(),
});

export const relationYearsSchema = z.strictObject({ start: yearPointSchema.optional(), end: yearPointSchema.optional() });

export const citationSchema = z.strictObject({
  source: z.string().min(1),
  locator: z.string().min(1, 'locator is empty'),
});

export const evidenceSchema = z.strictObject({
  source: z.string().min(1),
  locator: z.string().min(1, 'locator is empty'),
  note: z.string().min(10, 'note is too short to say what the source supports'),
});

const text = (what: string) => z.string().trim().min(1, `${what} is empty`);
const yearNumber = z.number().int().min(1700, 'year before 1700').max(2100, 'year after 2100');

/** A name a node bore from one year to another (`to` open: until the node's end). */
export const datedNameSchema = z.strictObject({
  label: text('name'),
  from: yearNumber,
  to: yearNumber.optional(),
});

export const nodeSchema = z.strictObject({
  id: z.string().regex(SLUG, 'id must be a lowercase ASCII slug (a-z, 0-9, single hyphens)').refine(notReserved, RESERVED_MESSAGE),
  label: text('label'),
  kind: z.enum(NODE_KINDS),
  aliases: z.array(text('alias')),
  years: nodeYearsSchema,
  countries: z.array(z.enum(COUNTRIES)).min(1, 'at least one country'),
  currents: z.array(z.enum(CURRENT_KEYS as [Current, ...Current[]])),
  bio: text('bio'),
  bioSources: z.array(citationSchema).min(1, 'a bio needs at least one source'),
  /** The names it bore over time, in order (optional: most nodes kept one name). */
  names: z.array(datedNameSchema).min(1, 'names is empty: leave it out').optional(),
});

export const relationSchema = z.strictObject({
  id: z.string().min(1).refine(notReserved, RESERVED_MESSAGE),
  /**
   * Ids the relation was published under before it was re-typed or re-pointed (ids are
   * `source--relation--target`): links and ledger entries naming one still reach it.
   */
  formerIds: z.array(z.string().min(1).refine(notReserved, RESERVED_MESSAGE)).min(1, 'formerIds is empty: leave it out').optional(),
  source: z.string().min(1),
  target: z.string().min(1),
  relation: z.enum(RELATION_KEYS as [Relation, ...Relation[]]),
  years: relationYearsSchema,
  confidence: z.enum(CONFIDENCE_LEVELS),
  evidence: z.array(evidenceSchema).min(1, 'a relation needs at least one piece of evidence'),
});

export const SOURCE_TYPES = ['book', 'article', 'chapter', 'web', 'primary', 'reference'] as const;

export const sourceSchema = z.strictObject({
  id: z.string().regex(SLUG, 'id must be a lowercase ASCII slug').refine(notReserved, RESERVED_MESSAGE),
  type: z.enum(SOURCE_TYPES),
  author: z.string().optional(),
  title: z.string().optional(),
  citation: z.string().optional(),
  year: z.number().int().optional(),
  publisher: z.string().optional(),
  journal: z.string().optional(),
  // Only web addresses: a `javascript:` or `data:` URL would become a link in the evidence view.
  url: z.url({ protocol: /^https?$/, error: 'url must be an http:// or https:// address' }).optional(),
  revision: z.string().optional(),
  note: z.string().optional(),
}).refine((s) => s.title || s.citation, { message: 'a source needs a title or a citation', path: ['title'] });

export const datasetSchema = z.strictObject({
  nodes: z.array(nodeSchema),
  relations: z.array(relationSchema),
  sources: z.array(sourceSchema),
});

export const problemSchema = z.strictObject({
  file: z.string(),
  id: z.string(),
  field: z.string(),
  message: z.string(),
  /** 1-based line in the file, when known. */
  line: z.number().int().optional(),
  /** 1-based column (UTF-16 code units) in that line, when known. */
  column: z.number().int().optional(),
});
