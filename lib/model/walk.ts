import { z } from 'zod';
import { WebUrlSchema } from './clip';
import { StageIdSchema } from './framework';
import { IdSchema, IsoTimeSchema } from './ids';

/**
 * A walk-through: the researcher walks one task ("buy one pair in size 42 as a
 * guest") on one brand's site, and every page and action is a step. Typed text
 * and form values are never part of a walk: a typing step names only the field.
 */
export const WalkStatusSchema = z.enum(['recording', 'paused', 'stopped']);
export type WalkStatus = z.infer<typeof WalkStatusSchema>;

export const WalkTaskSchema = z.string().trim().min(1).max(300);

export const WalkSchema = z.object({
  id: IdSchema,
  studyId: IdSchema,
  brandId: IdSchema,
  stageId: StageIdSchema,
  task: WalkTaskSchema,
  status: WalkStatusSchema,
  /** The tab being recorded while the walk is not stopped (-1 once stopped). */
  tabId: z.number().int(),
  startedAt: IsoTimeSchema,
  endedAt: IsoTimeSchema.nullable().default(null),
  /** Each page step gets a thumbnail of the visible tab. */
  screenshots: z.boolean().default(false),
  updatedAt: IsoTimeSchema,
});
export type Walk = z.infer<typeof WalkSchema>;

/** What a step was: a page reached, a click, a form sent, a field typed in, a note, a clip made meanwhile. */
export const WalkActionSchema = z.enum(['page', 'click', 'submit', 'type', 'note', 'clip']);
export type WalkAction = z.infer<typeof WalkActionSchema>;

export const WalkStepSchema = z.object({
  /** Made where the step happened (content script or background), so a resent step is stored once. */
  id: IdSchema,
  walkId: IdSchema,
  studyId: IdSchema,
  at: IsoTimeSchema,
  action: WalkActionSchema,
  url: WebUrlSchema,
  title: z.string().max(500).default(''),
  /** Visible text of the element acted on, or the label of the field typed in (never its value). */
  targetText: z.string().max(300).default(''),
  friction: z.boolean().default(false),
  note: z.string().max(5000).default(''),
  /** A researcher's own name for the step (review), else the list shows the action and target. */
  label: z.string().max(300).default(''),
  clipId: IdSchema.nullable().default(null),
  /** A small JPEG of the page when the step was taken (walks started with screenshots on). */
  thumb: z
    .string()
    .max(400_000)
    .regex(/^data:image\/(jpeg|webp|png);base64,[A-Za-z0-9+/]*={0,2}$/, 'a step thumbnail is a base64 image')
    .nullable()
    .default(null),
});
export type WalkStep = z.infer<typeof WalkStepSchema>;

/**
 * A step as the recorder hands it over: through extension storage (key
 * `walkStep:<id>`), which the browser writes even when the page navigates away
 * at once and the service worker is asleep; the background takes it from there.
 */
export const RecordedStepSchema = z.object({
  walkId: IdSchema,
  step: z.object({
    id: IdSchema,
    action: z.enum(['click', 'submit', 'type']),
    targetText: z.string().max(300).default(''),
    url: WebUrlSchema,
    title: z.string().max(500).default(''),
    at: IsoTimeSchema,
  }),
});
export type RecordedStep = z.infer<typeof RecordedStepSchema>;
