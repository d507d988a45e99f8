// Structural schema of the dataset files (zod). Referential checks live in validate.ts.
import { z } from 'zod';
import {
  CONFIDENCE_LEVELS, COUNTRIES, CURRENT_KEYS, NODE_KINDS, RELATION_KEYS, YEAR_QUALIFIERS,
} from './vocabulary';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const yearPoint = z.strictObject({
  year: z.number().int().min(1700, 'year before 1700').max(2100, 'year after 2100'),
  qualifier: z.enum(YEAR_QUALIFIERS).optional(),
});

const citation = z.strictObject({
  source: z.string().min(1),
  locator: z.string().min(1, 'locator is empty'),
});

const evidence = z.strictObject({
  source: z.string().min(1),
  locator: z.string().min(1, 'locator is empty'),
  note: z.string().min(10, 'note is too short to say what the source supports'),
});

const text = (what: string) => z.string().trim().min(1, `${what} is empty`);

export const nodeSchema = z.strictObject({
  id: z.string().regex(SLUG, 'id must be a lowercase ASCII slug (a-z, 0-9, single hyphens)'),
  label: text('label'),
  kind: z.enum(NODE_KINDS),
  aliases: z.array(text('alias')),
  years: z.strictObject({
    start: yearPoint,
    end: z.union([yearPoint, z.literal('present')]).optional(),
  }),
  countries: z.array(z.enum(COUNTRIES)).min(1, 'at least one country'),
  currents: z.array(z.enum(CURRENT_KEYS as [string, ...string[]])),
  bio: text('bio'),
  bioSources: z.array(citation).min(1, 'a bio needs at least one source'),
});

export const relationSchema = z.strictObject({
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  relation: z.enum(RELATION_KEYS as [string, ...string[]]),
  years: z.strictObject({ start: yearPoint.optional(), end: yearPoint.optional() }),
  confidence: z.enum(CONFIDENCE_LEVELS),
  evidence: z.array(evidence).min(1, 'a relation needs at least one piece of evidence'),
});

export const sourceSchema = z.strictObject({
  id: z.string().regex(SLUG, 'id must be a lowercase ASCII slug'),
  type: z.enum(['book', 'article', 'chapter', 'web', 'primary', 'reference']),
  author: z.string().optional(),
  title: z.string().optional(),
  citation: z.string().optional(),
  year: z.number().int().optional(),
  publisher: z.string().optional(),
  journal: z.string().optional(),
  url: z.string().url().optional(),
  revision: z.string().optional(),
  note: z.string().optional(),
}).refine((s) => s.title || s.citation, { message: 'a source needs a title or a citation', path: ['title'] });
