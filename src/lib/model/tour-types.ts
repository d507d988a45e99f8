// Types of data/tours.json, inferred from its zod schema (type-only: zod never reaches the page),
// and of the file the build writes for the app, generated/tours.json.
import type { z } from 'zod';
import type { tourCameraSchema, tourSchema, tourStepSchema, tourViewSchema } from './tour-schema';

/** What the map shows at a step, named as a link names it. */
export type TourView = z.infer<typeof tourViewSchema>;
export type TourCamera = z.infer<typeof tourCameraSchema>;
/** One step of a tour: a view, a short text and the relations it rests on. */
export type TourStep = z.infer<typeof tourStepSchema>;
/** An ordered list of views that makes an argument, each step with its evidence. */
export type Tour = z.infer<typeof tourSchema>;

export const TOURS_FORMAT = 'influence-atlas/tours@1';

/** `generated/tours.json`: the validated tours, for the dataset version they were checked against. */
export interface ToursFile {
  format: typeof TOURS_FORMAT;
  version: string;
  tours: Tour[];
}
