// Structural schema of data/tours.json (zod): a tour is an ordered list of steps, each a view of the
// map (the URL state: selection, Focus, connection, filters, year window, camera) with a short text
// and the relations it rests on. References and the view's sense are checked in validate-tours.ts.
import { z } from 'zod';
import { METRIC_KEYS } from '../analysis/metric-keys';
import { FOCUS_DEPTHS } from '../analysis/neighbourhood';
import { PATH_RULES } from '../analysis/path-rules';
import { LENS_KIND_KEYS, type LensKind } from '../query/provenance';
import { REGION_MODES } from '../query/url-state';
import { CONFIDENCE_LEVELS, CURRENT_KEYS, NODE_KINDS, RELATION_KEYS, type Current, type Relation } from './vocabulary';
import { RESERVED_IDS, SLUG } from './schema';

/** Bounds that keep hostile files cheap to check (a real tour is far inside them). */
export const TOUR_LIMITS = { tours: 100, steps: 40, claims: 40, bios: 20, frame: 100, title: 120, summary: 600, text: 1200 } as const;

const RESERVED_MESSAGE = 'id is a name JavaScript objects already have (constructor, __proto__, toString…); choose another';
const id = z.string().min(1, 'id is empty').max(200, 'id is longer than 200 characters');
const text = (what: string, max: number) => z.string().trim().min(1, `${what} is empty`).max(max, `${what} is longer than ${max} characters`);
const list = <T extends z.ZodType>(item: T, max: number, what: string) => z.array(item).max(max, `more than ${max} ${what}`);
const depth = z.union(FOCUS_DEPTHS.map((d) => z.literal(d)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>], {
  error: 'focus is 1, 2 or 3 steps',
});

/** Where the camera looks, as in a link's ?camera= (sigma's normalized coordinates and zoom ratio). */
export const tourCameraSchema = z.strictObject({ x: z.number(), y: z.number(), ratio: z.number().positive('ratio must be above 0') });

/** What the map shows at a step: the fields of a link, named as the URL names them. */
export const tourViewSchema = z.strictObject({
  /** The selected node (?node=). */
  node: id.optional(),
  /** Or the selected relation (?edge=). */
  edge: id.optional(),
  /** The connection shown from `node` to this node (?path=), under a rule (?via=), and which chain (?chain=, from 1). */
  path: id.optional(),
  via: z.enum(PATH_RULES).optional(),
  chain: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'chain is 1, 2 or 3' }).optional(),
  /** Focus on `node`'s neighbourhood, 1–3 steps (?focus=). */
  focus: depth.optional(),
  /** The year window (?from=&to=). */
  years: z.strictObject({ from: z.number().int('a year is a whole number'), to: z.number().int('a year is a whole number') }).optional(),
  hideKinds: list(z.enum(NODE_KINDS), NODE_KINDS.length, 'kinds').optional(),
  hideRelations: list(z.enum(RELATION_KEYS as [Relation, ...Relation[]]), RELATION_KEYS.length, 'relations').optional(),
  hideCurrents: list(z.enum(CURRENT_KEYS as [Current, ...Current[]]), CURRENT_KEYS.length, 'currents').optional(),
  confidence: z.enum(CONFIDENCE_LEVELS).optional(),
  /** The provenance lens (?source=, ?source-kind=, ?sources=). */
  source: id.optional(),
  sourceKind: z.enum(LENS_KIND_KEYS as [LensKind, ...LensKind[]]).optional(),
  sources: z.union([z.literal(1), z.literal(2)], { error: 'sources is 1 or 2' }).optional(),
  regions: z.enum(REGION_MODES).optional(),
  size: z.enum(METRIC_KEYS).optional(),
  /** The camera: a place (as ?camera=), or the nodes to fit in view. Neither: the view decides. */
  camera: tourCameraSchema.optional(),
  frame: list(id, TOUR_LIMITS.frame, 'nodes to frame').min(1, 'frame names no node').optional(),
});

/** One step: what the map shows, what the step says, and the relations (and biographies) it rests on. */
export const tourStepSchema = z.strictObject({
  title: text('title', TOUR_LIMITS.title),
  text: text('text', TOUR_LIMITS.text),
  view: tourViewSchema,
  /** Relation ids of relations.json: their evidence is shown with the step. */
  claims: list(id, TOUR_LIMITS.claims, 'claims').min(1, 'a step needs at least one claim'),
  /** Node ids whose biography the text also rests on: their sources are shown too. */
  bios: list(id, TOUR_LIMITS.bios, 'biographies').optional(),
});

export const tourSchema = z.strictObject({
  id: z.string().regex(SLUG, 'id must be a lowercase ASCII slug (a-z, 0-9, single hyphens)').max(200)
    .refine((value) => !RESERVED_IDS.has(value), RESERVED_MESSAGE),
  title: text('title', TOUR_LIMITS.title),
  summary: text('summary', TOUR_LIMITS.summary),
  steps: list(tourStepSchema, TOUR_LIMITS.steps, 'steps').min(2, 'a tour needs at least two steps'),
});
